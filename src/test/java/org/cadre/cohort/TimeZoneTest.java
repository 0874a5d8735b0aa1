package org.cadre.cohort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.cohort.SchedulingTest.schedule;
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class TimeZoneTest {

    private static UUID cohortIn(String country, String zone, LocalDate from, LocalDate to, UUID trainer) {
        return cohort(programme(country), country, zone, null, from, to, 10, trainer);
    }

    @Test
    void wallClockStaysRightAcrossTheSpringChangeInChisinau() {
        UUID t = person("Elena", "Moraru" + suffix(), "MD");
        UUID c = cohortIn("MD", "Europe/Chisinau", LocalDate.of(2025, 3, 27), LocalDate.of(2025, 4, 1), t);
        // Friday before the change: UTC+2; Monday after: UTC+3 (last Sunday of March, 30 March 2025)
        schedule(c, "Before", null, "2025-03-28T09:00", "2025-03-28T12:00", t).then().statusCode(201)
                .body("session.start", equalTo("2025-03-28T09:00:00"), "session.startsAt", equalTo("2025-03-28T07:00:00Z"));
        schedule(c, "After", null, "2025-03-31T09:00", "2025-03-31T12:00", t).then().statusCode(201)
                .body("session.start", equalTo("2025-03-31T09:00:00"), "session.startsAt", equalTo("2025-03-31T06:00:00Z"));
        // a night session over the change lasts an hour less than the clock says
        schedule(c, "Night shift", null, "2025-03-30T01:00", "2025-03-30T05:00", t).then().statusCode(201)
                .body("session.minutes", equalTo(180));
        // 03:30 does not exist that night
        schedule(c, "Ghost", null, "2025-03-30T03:30", "2025-03-30T04:30", t).then().statusCode(400)
                .body("detail", containsString("does not exist"));
        given().when().get("/api/v1/cohorts/" + c + "/sessions").then().statusCode(200)
                .body("find { it.title == 'After' }.start", equalTo("2025-03-31T09:00:00"));
    }

    @Test
    void autumnChangeInChisinauAddsAnHour() {
        UUID t = person("Mihai", "Lungu" + suffix(), "MD");
        UUID c = cohortIn("MD", "Europe/Chisinau", LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 27), t);
        schedule(c, "Long night", null, "2025-10-26T01:00", "2025-10-26T05:00", t).then().statusCode(201)
                .body("session.minutes", equalTo(300), "session.startsAt", equalTo("2025-10-25T22:00:00Z"));
        schedule(c, "Monday", null, "2025-10-27T09:00", "2025-10-27T10:00", t).then().statusCode(201)
                .body("session.startsAt", equalTo("2025-10-27T07:00:00Z"));
    }

    @Test
    void cotonouHoChiMinhAndMonterreyConvertToTheRightInstant() {
        UUID bj = person("Sèna", "Houngbo" + suffix(), "BJ");
        UUID cb = cohortIn("BJ", "Africa/Porto-Novo", LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), bj);
        schedule(cb, "Ouverture", null, "2016-04-12T09:00", "2016-04-12T10:30", bj).then().statusCode(201)
                .body("session.startsAt", equalTo("2016-04-12T08:00:00Z"), "session.timeZone", equalTo("Africa/Porto-Novo"));
        UUID vn = person("Hanh", "Bui" + suffix(), "VN");
        UUID cv = cohortIn("VN", "Asia/Ho_Chi_Minh", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5), vn);
        schedule(cv, "Khai mạc", null, "2025-09-02T08:00", "2025-09-02T11:00", vn).then().statusCode(201)
                .body("session.startsAt", equalTo("2025-09-02T01:00:00Z"));
        UUID mx = person("Lucía", "Treviño" + suffix(), "MX");
        UUID cm = cohortIn("MX", "America/Monterrey", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), mx);
        schedule(cm, "Supervisión", null, "2025-07-10T09:00", "2025-07-10T13:00", mx).then().statusCode(201)
                .body("session.startsAt", equalTo("2025-07-10T15:00:00Z"), "session.minutes", equalTo(240));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownTimeZoneIsRefused() {
        UUID t = person("Ana", "Zone" + suffix(), "MD");
        given().contentType("application/json").body("{\"programmeId\":\"" + programme("MD") + "\",\"name\":\"Zoneless\","
                        + "\"country\":\"MD\",\"timeZone\":\"Mars/Olympus\",\"startsOn\":\"2025-07-29\",\"endsOn\":\"2025-07-30\","
                        + "\"capacity\":10,\"trainerIds\":[\"" + t + "\"]}")
                .when().post("/api/v1/cohorts").then().statusCode(400).body("errors.field", hasItem("timeZone"));
    }
}
