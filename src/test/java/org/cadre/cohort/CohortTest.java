package org.cadre.cohort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.linkedPerson;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CohortTest {

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    static String newCohort(UUID programme, String name, String country, String from, String to, int capacity, String trainers) {
        return "{\"programmeId\":\"" + programme + "\",\"name\":\"" + name + "\",\"country\":\"" + country + "\","
                + "\"venue\":\"Centre " + name + "\",\"timeZone\":\"Africa/Porto-Novo\",\"language\":\"fr\","
                + "\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\",\"capacity\":" + capacity
                + ",\"trainerIds\":[" + trainers + "]}";
    }

    static Response enrol(UUID cohort, UUID person) {
        return given().contentType("application/json").body("{\"personId\":\"" + person + "\"}")
                .when().post("/api/v1/cohorts/" + cohort + "/enrolments");
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void masterTrainerCreatesACohortTheyTrain() {
        UUID me = linkedPerson("mt.benin", "BJ");
        String name = "Atelier " + suffix();
        String id = given().contentType("application/json").body(newCohort(programme("BJ"), name, "BJ", "2016-04-12", "2016-04-15", 40, ""))
                .when().post("/api/v1/cohorts")
                .then().statusCode(201).body("name", equalTo(name), "trainers.id", hasItem(me.toString()),
                        "timeZone", equalTo("Africa/Porto-Novo"), "canChange", equalTo(true))
                .extract().path("id");
        given().when().get("/api/v1/cohorts").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badInputIsRefusedAndNothingIsKept() {
        UUID t = person("Koffi", "Agbo" + suffix(), "BJ");
        UUID programme = programme("BJ");
        long before = cohorts.count();
        given().contentType("application/json").body(newCohort(programme, "Unknown land", "XX", "2016-04-12", "2016-04-15", 10, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("country"));
        given().contentType("application/json").body(newCohort(programme, "Backwards", "BJ", "2016-04-15", "2016-04-12", 10, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("endsOn"));
        given().contentType("application/json").body(newCohort(programme, "Empty", "BJ", "2016-04-12", "2016-04-15", 0, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("capacity"));
        given().contentType("application/json").body(newCohort(programme, "Elsewhere", "MD", "2016-04-12", "2016-04-15", 10, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("country"));
        given().contentType("application/json").body(newCohort(UUID.randomUUID(), "No programme", "BJ", "2016-04-12", "2016-04-15", 10, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("programmeId"));
        assertEquals(before, cohorts.count());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void fullCohortPutsNewcomersOnTheWaitingListAndWithdrawalPromotesTheFirst() {
        UUID t = person("Koffi", "Dossa" + suffix(), "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 2, t);
        UUID a = person("Afi", "Sossa" + suffix(), "BJ");
        UUID b = person("Rodrigue", "Hounkpe" + suffix(), "BJ");
        UUID w1 = person("Nadège", "Kpade" + suffix(), "BJ");
        UUID w2 = person("Serge", "Tossou" + suffix(), "BJ");
        enrol(c, a).then().statusCode(201).body("status", equalTo("enrolled"));
        enrol(c, b).then().statusCode(201).body("status", equalTo("enrolled"));
        enrol(c, w1).then().statusCode(201).body("status", equalTo("waitlisted"));
        enrol(c, w2).then().statusCode(201).body("status", equalTo("waitlisted"));
        given().when().get("/api/v1/cohorts/" + c).then().body("enrolled", equalTo(2), "waitlisted", equalTo(2));
        given().when().delete("/api/v1/cohorts/" + c + "/enrolments/" + a).then().statusCode(200).body("status", equalTo("withdrawn"));
        assertEquals(Enrolment.ENROLLED, enrolments.find("cohortId = ?1 and personId = ?2", c, w1).firstResult().status);
        assertEquals(Enrolment.WAITLISTED, enrolments.find("cohortId = ?1 and personId = ?2", c, w2).firstResult().status);
        given().when().get("/api/v1/cohorts/" + c).then().body("enrolled", equalTo(2), "waitlisted", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void enrollingTwiceIsAConflict() {
        UUID t = person("Koffi", "Zinsou" + suffix(), "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 5, t);
        UUID p = person("Blandine", "Adjovi" + suffix(), "BJ");
        enrol(c, p).then().statusCode(201);
        enrol(c, p).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("Blandine"));
        enrol(c, UUID.randomUUID()).then().statusCode(400).body("errors.field", hasItem("personId"));
        assertEquals(1, enrolments.count("cohortId", c));
    }

    @Test
    @TestSecurity(user = "mt.moldova", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void masterTrainerSeesOnlyTheCohortsTheyTrain() {
        UUID me = linkedPerson("mt.moldova", "MD");
        UUID colleague = person("Sergiu", "Popa" + suffix(), "MD");
        UUID programme = programme("MD");
        UUID mine = cohort(programme, "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 29), LocalDate.of(2025, 7, 30), 20, me, colleague);
        UUID theirs = cohort(programme, "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 29), LocalDate.of(2025, 7, 30), 20, colleague);
        given().when().get("/api/v1/cohorts").then().statusCode(200)
                .body("id", hasItem(mine.toString()), "id", not(hasItem(theirs.toString())));
        given().when().get("/api/v1/cohorts/" + mine).then().statusCode(200).body("canChange", equalTo(true));
        given().when().get("/api/v1/cohorts/" + theirs).then().statusCode(404);
        given().when().get("/api/v1/cohorts/" + theirs + "/enrolments").then().statusCode(404);
        enrol(theirs, person("Vlad", "Cojocaru" + suffix(), "MD")).then().statusCode(404);
        given().when().get("/api/v1/cohorts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void programmeManagerReadsTheirCountriesOnly() {
        UUID t = person("Quang", "Ho" + suffix(), "VN");
        UUID vn = cohort(programme("VN"), "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5), 20, t);
        UUID md = cohort(programme("MD"), "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 29), LocalDate.of(2025, 7, 30), 20,
                person("Ion", "Other" + suffix(), "MD"));
        given().when().get("/api/v1/cohorts").then().statusCode(200)
                .body("id", hasItem(vn.toString()), "id", not(hasItem(md.toString())));
        given().when().get("/api/v1/cohorts/" + vn).then().statusCode(200).body("canChange", equalTo(false));
        given().when().get("/api/v1/cohorts/" + md).then().statusCode(404);
        enrol(vn, person("Mai", "Dang" + suffix(), "VN")).then().statusCode(403);
        given().contentType("application/json").body(newCohort(programme("VN"), "Mine", "VN", "2025-09-01", "2025-09-02", 5, "\"" + t + "\""))
                .when().post("/api/v1/cohorts").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void traineesAndMentorsHaveNoCohortApi() {
        given().when().get("/api/v1/cohorts").then().statusCode(403);
    }
}
