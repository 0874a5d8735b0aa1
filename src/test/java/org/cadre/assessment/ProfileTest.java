package org.cadre.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The derived profile: values and why, roll-ups, chart, history, and who may read it. */
@QuarkusTest
class ProfileTest {

    EvidenceFixtures.Fw fw;
    UUID person;
    UUID cohort;

    @BeforeEach
    void data() {
        fw = EvidenceFixtures.framework("MD");
        cohort = EvidenceFixtures.cohort(fw, "MD");
        person = EvidenceFixtures.trainee(cohort, "MD");
        // c1: visit 2 (May), practical 3 (June) → 3 proficient, from the practical
        EvidenceData.rating(person, fw.c1(), fw.version(), 2, "visit", "mentor.moldova", "2026-05-12T12:00:00Z", null);
        EvidenceData.rating(person, fw.c1(), fw.version(), 3, "practical", "mt.moldova", "2026-06-02T12:00:00Z", null);
        // c2: self 4 (later) but a visit 2 → the visit counts
        EvidenceData.rating(person, fw.c2(), fw.version(), 2, "visit", "mentor.moldova", "2026-05-12T12:00:00Z", null);
        EvidenceData.rating(person, fw.c2(), fw.version(), 4, "self", "someone", "2026-07-01T12:00:00Z", null);
        // c3: self-assessment only → shown, never proficient
        EvidenceData.rating(person, fw.c3(), fw.version(), 4, "self", "someone", "2026-07-01T12:00:00Z", null);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void explainsEachValueAndRollsUpPerFunctionAndFramework() {
        String c = "competencies.find { it.competencyId == '%s' }.";
        given().when().get("/api/v1/profiles/" + person).then().statusCode(200)
                .body("frameworkVersionId", equalTo(fw.version().toString()))
                .body("competencies", hasSize(3))
                .body(c.formatted(fw.c1()) + "level", equalTo(3))
                .body(c.formatted(fw.c1()) + "proficient", equalTo(true))
                .body(c.formatted(fw.c1()) + "explanation", containsString("level 3 Competent from the practical assessment of"))
                .body(c.formatted(fw.c1()) + "explanation", containsString("by mt.moldova"))
                .body(c.formatted(fw.c2()) + "level", equalTo(2))
                .body(c.formatted(fw.c2()) + "explanation", containsString("mentoring visit"))
                .body(c.formatted(fw.c3()) + "level", equalTo(4))
                .body(c.formatted(fw.c3()) + "proficient", equalTo(false))
                .body(c.formatted(fw.c3()) + "selfAssessedOnly", equalTo(true))
                // F1 (c1, c2): 1 of 2 proficient, mean (3 + 2) / 2; F2 (c3 only selected): self only → not rated
                .body("functions.find { it.code == 'F1' }.proficient", equalTo(1))
                .body("functions.find { it.code == 'F1' }.competencies", equalTo(2))
                .body("functions.find { it.code == 'F1' }.meanLevel", equalTo(2.5f))
                .body("functions.find { it.code == 'F2' }.rated", equalTo(0))
                .body("functions.find { it.code == 'F2' }.meanLevel", nullValue())
                .body("overall.competencies", equalTo(3))
                .body("overall.proficient", equalTo(1))
                .body("overall.shareProficient", equalTo(1f / 3))
                .body("history", hasSize(5));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aCorrectionReplacesTheRatingItCorrectsAndBothStayInTheHistory() {
        UUID wrong = EvidenceData.rating(person, fw.c2(), fw.version(), 1, "visit", "mentor.moldova", "2026-08-01T12:00:00Z", null);
        given().contentType("application/json").body("{\"level\":4,\"reason\":\"Level typed in the wrong row\"}")
                .when().post("/api/v1/profiles/ratings/" + wrong + "/corrections").then().statusCode(201)
                .body("supersedes", equalTo(wrong.toString())).body("level", equalTo(4));
        given().when().get("/api/v1/profiles/" + person).then().statusCode(200)
                .body("competencies.find { it.competencyId == '" + fw.c2() + "' }.level", equalTo(4))
                .body("history.find { it.ratingId == '" + wrong + "' }.superseded", equalTo(true));
        assertEquals(1, EvidenceFixtures.count("select count(*) from correction where subject_id = ?1 and reason like 'Level typed%'", wrong));
        // correcting the same rating twice is refused: correct the newest instead
        given().contentType("application/json").body("{\"level\":3,\"reason\":\"again\"}")
                .when().post("/api/v1/profiles/ratings/" + wrong + "/corrections").then().statusCode(409);
        // a correction off the scale is refused and writes nothing
        long before = EvidenceFixtures.count("select count(*) from rating where person_id = ?1", person);
        UUID other = EvidenceData.rating(person, fw.c1(), fw.version(), 1, "visit", "mentor.moldova", "2026-08-01T12:00:00Z", null);
        given().contentType("application/json").body("{\"level\":9,\"reason\":\"x\"}")
                .when().post("/api/v1/profiles/ratings/" + other + "/corrections").then().statusCode(400);
        assertEquals(before + 1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", person));
        assertEquals(0, EvidenceFixtures.count("select count(*) from correction where subject_id = ?1", other));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void pageDrawsAnAccessibleSvgChartWithTheThresholdAndEscapedLabels() {
        given().when().get("/profiles/" + person).then().statusCode(200)
                .body(containsString("<svg"), containsString("role=\"img\""), containsString("<title id=\"chart-title\">"),
                        containsString(fw.code() + "-1.1"), containsString("stroke-dasharray=\"6 3\""),
                        containsString("Referral &lt;and&gt; links"), not(containsString("<script")),
                        not(containsString("style=\"")));
        given().when().get("/profiles/" + person + "/chart.svg").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("image/svg+xml"))
                .body(containsString("proficient from 3"));
        assertEquals(true, EvidenceFixtures.count("select count(*) from access_log where subject_type = 'person' "
                + "and subject_id = ?1 and action = 'read' and actor = 'admin'", person.toString()) >= 2, "profile reads are logged");
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void aTraineeSeesOnlyThemselves() {
        UUID me = CohortFixtures.linkedPerson("trainee.benin", "BJ");
        given().when().get("/api/v1/profiles/" + me).then().statusCode(200).body("person.id", equalTo(me.toString()));
        given().when().get("/api/v1/profiles/" + person).then().statusCode(404);
        given().when().get("/profiles/" + person).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mentor.mexico", roles = "mentor")
    void aMentorSeesOnlyTheirMentees() {
        UUID me = CohortFixtures.linkedPerson("mentor.mexico", "MX");
        given().when().get("/api/v1/profiles/" + person).then().statusCode(404);
        EvidenceFixtures.assign(me, person);
        given().when().get("/api/v1/profiles/" + person).then().statusCode(200);
        given().when().get("/api/v1/mentees").then().statusCode(200)
                .body("find { it.id == '" + person + "' }.name", containsString("Evidence"));
    }

    @Test
    @TestSecurity(user = "mt.moldova", roles = "master-trainer")
    void aMasterTrainerSeesTheTraineesOfTheirCohorts() {
        UUID me = CohortFixtures.linkedPerson("mt.moldova", "MD");
        given().when().get("/api/v1/profiles/" + person).then().statusCode(404);
        UUID mine = EvidenceFixtures.cohort(fw, "MD", me);
        UUID trainee = EvidenceFixtures.trainee(mine, "MD");
        given().when().get("/api/v1/profiles/" + trainee).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void aProgrammeManagerSeesTheirCountriesOnly() {
        given().when().get("/api/v1/profiles/" + person).then().statusCode(404);
        EvidenceFixtures.Fw vn = EvidenceFixtures.framework("VN");
        UUID vnTrainee = EvidenceFixtures.trainee(EvidenceFixtures.cohort(vn, "VN"), "VN");
        given().when().get("/api/v1/profiles/" + vnTrainee).then().statusCode(200).body("competencies", hasSize(3));
    }
}
