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
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.enrol;
import static org.cadre.testsupport.CohortFixtures.linkedPerson;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.session;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "mt.benin", roles = "master-trainer")
@OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
class CohortPagesTest {

    @Inject
    AttendanceRepository attendance;

    @Inject
    CohortRepository cohorts;

    private static String csrf(Response page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the form carries a CSRF token");
        return token.group(1);
    }

    @Test
    void masterTrainerCreatesACohortFromTheForm() {
        linkedPerson("mt.benin", "BJ");
        UUID programme = programme("BJ");
        Response form = given().header("Accept-Language", "fr").when().get("/cohorts/new");
        form.then().statusCode(200).body(containsString("Nouvelle cohorte"), containsString(programme.toString()));
        String name = "Atelier régional " + suffix();
        Response created = given().redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(form)).formParam("programmeId", programme.toString())
                .formParam("name", name).formParam("country", "BJ").formParam("venue", "Cotonou")
                .formParam("timeZone", "Africa/Porto-Novo").formParam("language", "fr")
                .formParam("startsOn", "2016-04-12").formParam("endsOn", "2016-04-15").formParam("capacity", "37")
                .when().post("/cohorts");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.getHeader("Location");
        given().when().get(location).then().statusCode(200).body(containsString(name), containsString("Africa/Porto-Novo"));
        given().when().get("/cohorts").then().statusCode(200).body(containsString(name), containsString("/cohorts/my-calendar.ics"));
        String ics = given().when().get(location + "/calendar.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        given().when().get("/cohorts/my-calendar.ics").then().statusCode(200).body(containsString("BEGIN:VCALENDAR"));
        Response bad = given().cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(form)).formParam("programmeId", programme.toString())
                .formParam("name", "Backwards " + suffix()).formParam("country", "BJ")
                .formParam("timeZone", "Africa/Porto-Novo").formParam("startsOn", "2016-04-15").formParam("endsOn", "2016-04-12")
                .formParam("capacity", "10").when().post("/cohorts");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("endsOn"));
    }

    @Test
    void schedulingAClashShowsTheOtherSessionOnThePage() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", "Salle " + suffix(), LocalDate.of(2017, 6, 12),
                LocalDate.of(2017, 6, 15), 37, me);
        Response page = given().when().get("/cohorts/" + c);
        page.then().statusCode(200).body(containsString("Schedule a session"));
        Response first = given().cookies(page.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(page)).formParam("title", "Protection de l'enfance")
                .formParam("date", "2017-06-12").formParam("startTime", "09:00").formParam("endTime", "12:00")
                .formParam("trainerIds", me.toString()).formParam("competencies", "PSW-1.1, PSW-1.2")
                .when().post("/cohorts/" + c + "/sessions");
        assertEquals(201, first.statusCode(), first.asString());
        Response clash = given().cookies(page.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(page)).formParam("title", "Double booking")
                .formParam("date", "2017-06-12").formParam("startTime", "11:00").formParam("endTime", "13:00")
                .formParam("trainerIds", me.toString())
                .when().post("/cohorts/" + c + "/sessions");
        assertEquals(409, clash.statusCode());
        assertTrue(clash.asString().contains("Protection de l&#39;enfance") || clash.asString().contains("Protection de l'enfance"),
                clash.asString());
    }

    @Test
    void attendanceForAWholeSessionIsTakenWithOneForm() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 37, me);
        UUID a = person("Hermione", "Agossou" + suffix(), "BJ");
        UUID b = person("Fiacre", "Gnonlonfoun" + suffix(), "BJ");
        enrol(c, a);
        enrol(c, b);
        UUID s = session(c, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 12, 9, 0), LocalDateTime.of(2016, 4, 12, 12, 0), null, me);
        Response sheet = given().header("Accept-Language", "fr").when().get("/sessions/" + s + "/attendance");
        sheet.then().statusCode(200).body(containsString("name=\"status." + a + "\""), containsString("Présent"),
                containsString("name=\"viewport\""), not(containsString("<script")));
        Response saved = given().header("Accept-Language", "fr").cookies(sheet.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(sheet))
                .formParam("status." + a, "present").formParam("minutes." + a, "")
                .formParam("status." + b, "late").formParam("minutes." + b, "120")
                .when().post("/sessions/" + s + "/attendance");
        assertEquals(200, saved.statusCode(), saved.asString());
        assertTrue(saved.asString().contains("Présences enregistrées"));
        assertEquals("present", attendance.find("sessionId = ?1 and personId = ?2", s, a).firstResult().status);
        assertEquals(180, attendance.find("sessionId = ?1 and personId = ?2", s, a).firstResult().minutes);
        assertEquals(120, attendance.find("sessionId = ?1 and personId = ?2", s, b).firstResult().minutes);
    }

    @Test
    void anotherTrainersCohortPageIsNotFound() {
        UUID other = person("Autre", "Formateur" + suffix(), "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 5, other);
        given().when().get("/cohorts/" + c).then().statusCode(404);
        given().when().get("/cohorts").then().statusCode(200).body(not(containsString(c.toString())));
    }
}
