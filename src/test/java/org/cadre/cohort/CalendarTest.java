package org.cadre.cohort;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.linkedPerson;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.session;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CalendarTest {

    /** A small RFC 5545 reader: checks line ends and folding, unfolds, and returns the components. */
    static List<Map<String, String>> parse(String ics) {
        assertTrue(ics.endsWith("\r\n"), "ends with CRLF");
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");
        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + physical);
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<Map<String, String>> components = new ArrayList<>();
        Map<String, String> current = null;
        List<String> stack = new ArrayList<>();
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "name:value " + line);
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN")) {
                stack.add(value);
                current = new LinkedHashMap<>();
                current.put("@", value);
                components.add(current);
            } else if (name.equals("END")) {
                assertEquals(stack.remove(stack.size() - 1), value, "balanced BEGIN/END");
            } else {
                assertTrue(current != null, "property inside a component");
                current.put(name.contains(";") ? name.substring(0, name.indexOf(';')) : name, value);
            }
        }
        assertTrue(stack.isEmpty(), "all components closed");
        return components;
    }

    static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void cohortFeedIsValidICalendarWithStableUidsAndUtcTimes() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 40, me);
        String venue = "Hôtel du Lac, salle \"Ouémé\"; Cotonou " + suffix();
        UUID s = session(c, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 12, 9, 0), LocalDateTime.of(2016, 4, 12, 12, 30),
                venue + " — une très longue description du lieu pour dépasser soixante-quinze octets sur une seule ligne", me);
        String ics = given().when().get("/api/v1/cohorts/" + c + "/calendar.ics")
                .then().statusCode(200).contentType(containsString("text/calendar"))
                .header("Content-Type", containsString("charset=utf-8"))
                .extract().asString();
        List<Map<String, String>> components = parse(ics);
        Map<String, String> calendar = components.get(0);
        assertEquals("VCALENDAR", calendar.get("@"));
        assertEquals("2.0", calendar.get("VERSION"));
        assertTrue(calendar.containsKey("PRODID"));
        List<Map<String, String>> events = components.stream().filter(m -> m.get("@").equals("VEVENT")).toList();
        assertEquals(1, events.size());
        Map<String, String> event = events.get(0);
        assertEquals(s + "@cadre", event.get("UID"));
        assertEquals("20160412T080000Z", event.get("DTSTART"));
        assertEquals("20160412T113000Z", event.get("DTEND"));
        assertTrue(event.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
        assertTrue(unescape(event.get("LOCATION")).startsWith(venue), event.get("LOCATION"));
        assertTrue(event.get("LOCATION").contains("\\;") && event.get("LOCATION").contains("\\,"));
        assertTrue(unescape(event.get("DESCRIPTION")).contains("Africa/Porto-Novo"));
        // the same session keeps its UID in the next download
        String again = given().when().get("/api/v1/cohorts/" + c + "/calendar.ics").then().extract().asString();
        assertTrue(again.contains("UID:" + s + "@cadre"));
        Instant.parse("2016-04-12T08:00:00Z"); // documents the expected instant for 09:00 in Porto-Novo
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void trainerFeedListsTheirSessionsAndOtherTrainersAreNotFound() {
        UUID me = linkedPerson("mt.benin", "BJ");
        UUID c = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", null, LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 40, me);
        UUID s = session(c, "Africa/Porto-Novo", LocalDateTime.of(2016, 4, 13, 14, 0), LocalDateTime.of(2016, 4, 13, 16, 0), null, me);
        String ics = given().when().get("/api/v1/trainers/" + me + "/calendar.ics").then().statusCode(200).extract().asString();
        assertTrue(parse(ics).stream().anyMatch(m -> (s + "@cadre").equals(m.get("UID"))));
        UUID stranger = person("Autre", "Formatrice" + suffix(), "BJ");
        given().when().get("/api/v1/trainers/" + stranger + "/calendar.ics").then().statusCode(404);
    }
}
