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
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.enrol;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SchedulingTest {

    static Response schedule(UUID cohort, String title, String venue, String start, String end, UUID... trainers) {
        StringBuilder ids = new StringBuilder();
        for (UUID t : trainers) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(t).append('"');
        }
        String body = "{\"title\":\"" + title + "\",\"module\":\"Case management\","
                + (venue == null ? "" : "\"venue\":\"" + venue + "\",")
                + "\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"trainerIds\":[" + ids + "],"
                + "\"competencies\":[\"PSW-2.3\"]}";
        return given().contentType("application/json").body(body).when().post("/api/v1/cohorts/" + cohort + "/sessions");
    }

    @Test
    void trainerBookedTwiceIsRefusedWithTheOtherSessionNamed() {
        UUID trainer = person("Roxana", "Trainer" + suffix(), "MD");
        UUID programme = programme("MD");
        UUID first = cohort(programme, "MD", "Europe/Chisinau", "Hall A " + suffix(), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31), 20, trainer);
        UUID second = cohort(programme, "MD", "Europe/Chisinau", "Hall B " + suffix(), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31), 20, trainer);
        schedule(first, "Assessing the family", null, "2025-07-29T09:00", "2025-07-29T12:30", trainer)
                .then().statusCode(201).body("session.minutes", equalTo(210), "warnings", empty());
        schedule(second, "Care planning", null, "2025-07-29T12:00", "2025-07-29T15:00", trainer)
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", allOf(containsString("Roxana"), containsString("Assessing the family"),
                        containsString("2025-07-29 09:00\u201312:30 Europe/Chisinau")));
        // back to back is no clash
        schedule(second, "Care planning", null, "2025-07-29T12:30", "2025-07-29T15:00", trainer)
                .then().statusCode(201);
        given().when().get("/api/v1/cohorts/" + second + "/sessions").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void venueBookedTwiceIsRefusedAccentsAndCaseIgnored() {
        String hall = "Sala Mare " + suffix();
        UUID programme = programme("MD");
        UUID a = person("Ana", "One" + suffix(), "MD");
        UUID b = person("Dan", "Two" + suffix(), "MD");
        UUID first = cohort(programme, "MD", "Europe/Chisinau", hall + " Bălți", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31), 20, a);
        UUID second = cohort(programme, "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31), 20, b);
        schedule(first, "Opening", null, "2025-07-29T09:00", "2025-07-29T10:00", a).then().statusCode(201)
                .body("session.venue", equalTo(hall + " Bălți"));
        schedule(second, "Other group", hall.toUpperCase() + " Balti", "2025-07-29T09:30", "2025-07-29T11:00", b)
                .then().statusCode(409).body("detail", allOf(containsString("venue"), containsString("Opening")));
    }

    @Test
    void traineeInTwoOverlappingSessionsIsWarnedNotRefused() {
        UUID programme = programme("VN");
        UUID t1 = person("Hoa", "Le" + suffix(), "VN");
        UUID t2 = person("Nam", "Pham" + suffix(), "VN");
        UUID trainee = person("Thu", "Vo" + suffix(), "VN");
        UUID one = cohort(programme, "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), 10, t1);
        UUID two = cohort(programme, "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), 10, t2);
        enrol(one, trainee);
        enrol(two, trainee);
        schedule(one, "Family tracing", null, "2025-09-10T08:00", "2025-09-10T11:00", t1).then().statusCode(201);
        schedule(two, "Reintegration plans", null, "2025-09-10T10:00", "2025-09-10T12:00", t2)
                .then().statusCode(201)
                .body("warnings", hasSize(1), "warnings[0]", allOf(containsString("Thu"), containsString("Family tracing")));
    }

    @Test
    void enrollingATraineeAlreadyBookedAtThatTimeWarns() {
        UUID programme = programme("VN");
        UUID t1 = person("Bao", "Ly" + suffix(), "VN");
        UUID t2 = person("Chi", "Mac" + suffix(), "VN");
        UUID trainee = person("Duc", "Ha" + suffix(), "VN");
        UUID one = cohort(programme, "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 30), 10, t1);
        UUID two = cohort(programme, "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 30), 10, t2);
        schedule(one, "Morning one", null, "2025-10-10T08:00", "2025-10-10T11:00", t1).then().statusCode(201);
        schedule(two, "Morning two", null, "2025-10-10T09:00", "2025-10-10T10:00", t2).then().statusCode(201);
        enrol(one, trainee);
        CohortTest.enrol(two, trainee).then().statusCode(201)
                .body("status", equalTo("enrolled"), "warnings", hasSize(1),
                        "warnings[0]", allOf(containsString("Morning two"), containsString("Morning one")));
    }

    /** Six requests booking the same trainer at once, each for another cohort: exactly one wins. */
    @Test
    void concurrentBookingsOfOneTrainerLetExactlyOneThrough() throws Exception {
        UUID trainer = person("Racing", "Trainer" + suffix(), "MD");
        UUID programme = programme("MD");
        String token = org.cadre.testsupport.Tokens.of("admin");
        java.util.List<UUID> cohorts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cohorts.add(cohort(programme, "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 5, trainer));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (UUID c : cohorts) {
            answers.add(pool.submit(() -> {
                go.await();
                return given().auth().oauth2(token).contentType("application/json")
                        .body("{\"title\":\"Race\",\"start\":\"2025-07-15T09:00\",\"end\":\"2025-07-15T10:00\"}")
                        .when().post("/api/v1/cohorts/" + c + "/sessions").statusCode();
            }));
        }
        go.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var f : answers) {
            statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        org.junit.jupiter.api.Assertions.assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void sessionsCoverOnlyCompetenciesTheProgrammeSelected() {
        UUID t = person("Ilie", "Codreanu" + suffix(), "MD");
        UUID c = cohort(org.cadre.testsupport.CohortFixtures.pswProgramme("MD", "PSW-2.3"), "MD", "Europe/Chisinau", null,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 5, t);
        schedule(c, "Covered", null, "2025-07-21T09:00", "2025-07-21T10:00", t).then().statusCode(201)
                .body("session.competencies", hasItem("PSW-2.3"));
        given().contentType("application/json").body("{\"title\":\"Off menu\",\"start\":\"2025-07-22T09:00\","
                        + "\"end\":\"2025-07-22T10:00\",\"competencies\":[\"PSW-2.3\",\"PSW-9.9\"]}")
                .when().post("/api/v1/cohorts/" + c + "/sessions")
                .then().statusCode(400).body("errors.field", hasItem("competencies"), "detail", containsString("PSW-9.9"));
    }

    @Test
    void endBeforeStartIsRefused() {
        UUID t = person("Ion", "Rau" + suffix(), "MD");
        UUID c = cohort(programme("MD"), "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 5, t);
        schedule(c, "Backwards", null, "2025-07-29T12:00", "2025-07-29T09:00", t)
                .then().statusCode(400).body("errors.field", hasItem("end"));
        schedule(c, "Outside", null, "2025-08-29T09:00", "2025-08-29T10:00", t)
                .then().statusCode(400).body("errors.field", hasItem("start"));
        given().contentType("application/json").body("{\"title\":\"x\",\"start\":\"yesterday\",\"end\":\"2025-07-29T09:00\"}")
                .when().post("/api/v1/cohorts/" + c + "/sessions").then().statusCode(400);
        given().when().get("/api/v1/cohorts/" + c + "/sessions").then().body("$", empty());
    }

    @Test
    void trainerOfASessionMustTrainTheCohort() {
        UUID t = person("Ion", "Nistor" + suffix(), "MD");
        UUID stranger = person("Vasile", "Strain" + suffix(), "MD");
        UUID c = cohort(programme("MD"), "MD", "Europe/Chisinau", null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 5, t);
        schedule(c, "Guest", null, "2025-07-29T09:00", "2025-07-29T10:00", stranger)
                .then().statusCode(400).body("errors.field", hasItem("trainerIds"));
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void programmeManagerCannotSchedule() {
        UUID t = person("Lan", "Do" + suffix(), "VN");
        UUID c = cohort(programme("VN"), "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), 5, t);
        schedule(c, "Not mine", null, "2025-09-10T08:00", "2025-09-10T09:00", t).then().statusCode(403);
        given().when().get("/api/v1/cohorts/" + c + "/sessions").then().statusCode(200).body("$", empty());
    }
}
