package org.cadre.cohort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.cohort.SchedulingTest.schedule;
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.enrol;
import static org.cadre.testsupport.CohortFixtures.linkedPerson;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.session;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "mt.benin", roles = "master-trainer")
@OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
class AttendanceTest {

    static Response take(UUID session, String entries) {
        return given().contentType("application/json").body("{\"entries\":[" + entries + "]}")
                .when().put("/api/v1/sessions/" + session + "/attendance");
    }

    static String line(UUID person, String status, Integer minutes) {
        return "{\"personId\":\"" + person + "\",\"status\":\"" + status + "\""
                + (minutes == null ? "" : ",\"minutes\":" + minutes) + "}";
    }

    @Test
    void ratesCountPresentAndLateAgainstAbsentLeavingExcusedOut() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 10, me);
        UUID a = person("Gildas", "Akpovi" + suffix(), "BJ");
        UUID b = person("Prisca", "Ahoyo" + suffix(), "BJ");
        enrol(c, a);
        enrol(c, b);
        UUID s1 = UUID.fromString(schedule(c, "Jour 1", "Salle " + suffix(), "2016-04-12T09:00", "2016-04-12T12:00", me)
                .then().statusCode(201).extract().path("session.id"));
        UUID s2 = UUID.fromString(schedule(c, "Jour 2", "Salle " + suffix(), "2016-04-13T09:00", "2016-04-13T12:00", me)
                .then().statusCode(201).extract().path("session.id"));
        UUID s3 = UUID.fromString(schedule(c, "Jour 3", "Salle " + suffix(), "2016-04-14T09:00", "2016-04-14T12:00", me)
                .then().statusCode(201).extract().path("session.id"));
        take(s1, line(a, "present", null) + "," + line(b, "late", 150)).then().statusCode(200)
                .body("lines.find { it.personId == '" + a + "' }.minutes", equalTo(180),
                        "lines.find { it.personId == '" + b + "' }.minutes", equalTo(150));
        take(s2, line(a, "absent", null) + "," + line(b, "present", null)).then().statusCode(200);
        take(s3, line(a, "excused", null) + "," + line(b, "present", null)).then().statusCode(200);
        given().when().get("/api/v1/cohorts/" + c + "/attendance-rates").then().statusCode(200)
                .body("sessions", equalTo(3),
                        "rate", equalTo(0.8f), // 4 attended of 5 counted
                        "trainees.find { it.personId == '" + a + "' }.rate", equalTo(0.5f),
                        "trainees.find { it.personId == '" + a + "' }.excused", equalTo(1),
                        "trainees.find { it.personId == '" + b + "' }.rate", equalTo(1.0f),
                        "trainees.find { it.personId == '" + b + "' }.minutes", equalTo(510));
    }

    @Test
    void correctionsAreKeptWithWhoWhenBeforeAndAfter() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 10, me);
        UUID a = person("Rachidi", "Bello" + suffix(), "BJ");
        enrol(c, a);
        UUID s = UUID.fromString(schedule(c, "Séance", "Salle " + suffix(), "2016-04-12T14:00", "2016-04-12T16:00", me)
                .then().statusCode(201).extract().path("session.id"));
        given().when().get("/api/v1/sessions/" + s + "/attendance").then().statusCode(200)
                .body("lines", hasSize(1), "lines[0].status", nullValue());
        take(s, line(a, "absent", null)).then().statusCode(200);
        given().when().get("/api/v1/sessions/" + s + "/attendance/corrections").then().body("$", hasSize(0));
        take(s, line(a, "absent", null)).then().statusCode(200); // same again: no correction
        take(s, line(a, "late", 90)).then().statusCode(200);
        given().when().get("/api/v1/sessions/" + s + "/attendance/corrections").then().statusCode(200)
                .body("$", hasSize(1), "[0].changedBy", equalTo("mt.benin"), "[0].beforeStatus", equalTo("absent"),
                        "[0].beforeMinutes", equalTo(0), "[0].afterStatus", equalTo("late"), "[0].afterMinutes", equalTo(90),
                        "[0].personId", equalTo(a.toString()));
    }

    @Test
    void badLinesChangeNothing() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 10, me);
        UUID a = person("Eric", "Dansou" + suffix(), "BJ");
        UUID outsider = person("Pas", "Inscrit" + suffix(), "BJ");
        enrol(c, a);
        UUID s = UUID.fromString(schedule(c, "Séance", "Salle " + suffix(), "2016-04-13T14:00", "2016-04-13T15:00", me)
                .then().statusCode(201).extract().path("session.id"));
        take(s, line(a, "present", null) + "," + line(outsider, "present", null)).then().statusCode(400)
                .body("errors.field", hasItem("entries[1].personId"));
        take(s, line(a, "absent", 30)).then().statusCode(400).body("errors.field", hasItem("entries[0].minutes"));
        take(s, line(a, "present", 61)).then().statusCode(400).body("errors.field", hasItem("entries[0].minutes"));
        take(s, line(a, "asleep", null)).then().statusCode(400).body("errors.field", hasItem("entries[0].status"));
        // the bean constraints of each line and of the list's elements are checked too (a line without a person, a null line)
        take(s, "{\"status\":\"present\"}").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("personId")));
        take(s, "null").then().statusCode(400);
        given().when().get("/api/v1/sessions/" + s + "/attendance").then().body("lines[0].status", nullValue());
    }

    @Test
    void attendanceOfAnotherTrainersSessionIsNotFound() {
        UUID other = person("Autre", "Formateur" + suffix(), "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 10, other);
        UUID s = session(c, "Africa/Porto-Novo", java.time.LocalDateTime.of(2016, 4, 14, 9, 0),
                java.time.LocalDateTime.of(2016, 4, 14, 10, 0), null, other);
        given().when().get("/api/v1/sessions/" + s + "/attendance").then().statusCode(404);
        take(s, "").then().statusCode(404);
    }
}
