package org.cadre.assessment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "mt.moldova", roles = "master-trainer")
class AssessmentTest {

    EvidenceFixtures.Fw fw;
    UUID trainer;
    UUID cohort;
    UUID ana;
    UUID bogdan;
    UUID costel;

    @BeforeEach
    void data() {
        fw = EvidenceFixtures.framework("MD");
        trainer = CohortFixtures.linkedPerson("mt.moldova", "MD");
        cohort = EvidenceFixtures.cohort(fw, "MD", trainer);
        ana = EvidenceFixtures.trainee(cohort, "MD");
        bogdan = EvidenceFixtures.trainee(cohort, "MD");
        costel = EvidenceFixtures.trainee(cohort, "MD");
    }

    private ValidatableResponse test(String kind, UUID person, String on, String score, String max) {
        return given().contentType(ContentType.JSON).body("""
                        {"kind":"%s","personId":"%s","cohortId":"%s","assessedOn":"%s","score":%s,"maxScore":%s}"""
                        .formatted(kind, person, cohort, on, score, max))
                .when().post("/api/v1/assessments").then();
    }

    @Test
    void knowledgeGainsPerTraineeAndCohortMatchHandComputedValues() {
        // Ana: first pre-test 40/100 (a later retake of 60 is not the baseline), post 70/100
        test("pre-test", ana, "2026-03-01", "40", "100").statusCode(201);
        test("pre-test", ana, "2026-03-02", "60", "100").statusCode(201);
        test("post-test", ana, "2026-03-10", "70", "100").statusCode(201);
        // Bogdan: 10/20 = 50 %, then 18/20 = 90 %
        test("pre-test", bogdan, "2026-03-01", "10", "20").statusCode(201);
        test("post-test", bogdan, "2026-03-10", "18", "20").statusCode(201);
        // Costel sat only the pre-test: left out
        test("pre-test", costel, "2026-03-01", "5", "20").statusCode(201);

        // Ana: gain 30 points, normalised 30 / 60 = 0.5; Bogdan: 40 points, 40 / 50 = 0.8
        given().when().get("/api/v1/assessments/gains/cohorts/" + cohort).then().statusCode(200)
                .body("trainees", equalTo(2))
                .body("meanPrePercent", equalTo(45.0f))
                .body("meanPostPercent", equalTo(80.0f))
                .body("meanGain", equalTo(35.0f))
                .body("meanNormalisedGain", equalTo(0.65f))
                .body("perTrainee", hasSize(2))
                .body("perTrainee.find { it.personId == '" + ana + "' }.gain", equalTo(30.0f))
                .body("perTrainee.find { it.personId == '" + ana + "' }.normalisedGain", equalTo(0.5f))
                .body("perTrainee.find { it.personId == '" + bogdan + "' }.prePercent", equalTo(50.0f))
                .body("perTrainee.find { it.personId == '" + bogdan + "' }.normalisedGain", equalTo(0.8f));
        given().when().get("/api/v1/assessments/gains/people/" + bogdan).then().statusCode(200)
                .body("[0].gain", equalTo(40.0f));
    }

    @Test
    void refusesScoresOutsideTheTestAndWritesNothing() {
        test("pre-test", ana, "2026-03-01", "120", "100").statusCode(400).body("errors.field", hasItem("score"));
        test("post-test", ana, "2026-03-01", "null", "null").statusCode(400);
        assertEquals(0, EvidenceFixtures.count("select count(*) from assessment where person_id = ?1", ana));
    }

    @Test
    void practicalAssessmentWritesRatingsAndRefusesBadOnesAtomically() {
        String body = """
                {"kind":"practical","personId":"%s","cohortId":"%s","assessedOn":"2026-04-01",
                 "ratings":[{"competencyId":"%s","level":3},{"competencyId":"%s","level":%d}]}""";
        given().contentType(ContentType.JSON).body(body.formatted(ana, cohort, fw.c1(), fw.c2(), 5))
                .when().post("/api/v1/assessments").then().statusCode(400)
                .body("errors.field", hasItem("ratings[1].level"));
        given().contentType(ContentType.JSON).body(body.formatted(ana, cohort, fw.c1(), fw.c4(), 2))
                .when().post("/api/v1/assessments").then().statusCode(400)
                .body("errors.field", hasItem("ratings[1].competencyId"));
        assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", ana));
        assertEquals(0, EvidenceFixtures.count("select count(*) from assessment where person_id = ?1", ana));
        given().contentType(ContentType.JSON).body(body.formatted(ana, cohort, fw.c1(), fw.c2(), 2))
                .when().post("/api/v1/assessments").then().statusCode(201).body("ratings", hasSize(2))
                .body("assessor", equalTo("mt.moldova")).body("score", nullValue());
        assertEquals(2, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and source = 'practical' "
                + "and rater_username = 'mt.moldova' and rater_person_id = ?2", ana, trainer));
        assertEquals(2, EvidenceFixtures.count("select count(*) from evidence_audit e join rating r on r.id = e.subject_id "
                + "where r.person_id = ?1 and e.actor = 'mt.moldova'", ana));
    }

    @Test
    void importedRatingsAreEvidenceAndOneRefusalWritesNone() {
        String body = """
                {"cohortId":"%s","observedOn":"2026-04-03","ratings":[
                 {"personId":"%s","competencyId":"%s","level":3},{"personId":"%s","competencyId":"%s","level":%d}]}""";
        given().contentType(ContentType.JSON).body(body.formatted(cohort, ana, fw.c1(), bogdan, fw.c2(), 0))
                .when().post("/api/v1/assessments/imports").then().statusCode(400)
                .body("errors.field", hasItem("ratings[1].level"));
        UUID outsider = EvidenceFixtures.trainee(EvidenceFixtures.cohort(fw, "MD"), "MD");
        given().contentType(ContentType.JSON).body(body.formatted(cohort, ana, fw.c1(), outsider, fw.c2(), 2))
                .when().post("/api/v1/assessments/imports").then().statusCode(404);
        assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id in (?1, ?2)", ana, bogdan));
        String id = given().contentType(ContentType.JSON).body(body.formatted(cohort, ana, fw.c1(), bogdan, fw.c2(), 2))
                .when().post("/api/v1/assessments/imports").then().statusCode(201).body("ratings", hasSize(2))
                .extract().path("id");
        assertEquals(2, EvidenceFixtures.count("select count(*) from rating where source = 'import' and source_id = ?1",
                UUID.fromString(id)));
        given().when().get("/api/v1/profiles/" + ana).then().statusCode(200)
                .body("competencies.find { it.competencyId == '" + fw.c1() + "' }.explanation",
                        org.hamcrest.Matchers.containsString("imported scoring sheet"));
    }

    @Test
    void aTrainerMayNotAssessInACohortTheyDoNotTrain() {
        UUID otherCohort = EvidenceFixtures.cohort(fw, "MD");
        UUID stranger = EvidenceFixtures.trainee(otherCohort, "MD");
        given().contentType(ContentType.JSON).body("""
                        {"kind":"observation","personId":"%s","cohortId":"%s","assessedOn":"2026-04-01",
                         "ratings":[{"competencyId":"%s","level":3}]}""".formatted(stranger, otherCohort, fw.c1()))
                .when().post("/api/v1/assessments").then().statusCode(404);
        given().when().get("/api/v1/assessments/gains/cohorts/" + otherCohort).then().statusCode(404);
        assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", stranger));
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void aTraineeAssessesOnlyThemselves() {
        UUID me = CohortFixtures.linkedPerson("trainee.benin", "BJ");
        CohortFixtures.enrol(cohort, me);
        String body = """
                {"kind":"self","personId":"%s","cohortId":"%s","assessedOn":"2026-04-01",
                 "ratings":[{"competencyId":"%s","level":4}]}""";
        given().contentType(ContentType.JSON).body(body.formatted(me, cohort, fw.c1()))
                .when().post("/api/v1/assessments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body.formatted(ana, cohort, fw.c1()))
                .when().post("/api/v1/assessments").then().statusCode(404);
        given().contentType(ContentType.JSON).body(body.replace("self", "practical").formatted(me, cohort, fw.c1()))
                .when().post("/api/v1/assessments").then().statusCode(404);
        assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", ana));
        given().when().get("/api/v1/profiles/" + me + "?frameworkVersion=" + fw.version()).then().statusCode(200)
                .body("competencies.find { it.competencyId == '" + fw.c1() + "' }.selfAssessedOnly", equalTo(true));
    }
}
