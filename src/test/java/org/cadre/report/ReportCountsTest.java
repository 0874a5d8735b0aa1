package org.cadre.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept report counts (V83, {@link ReportCounts}) against the live count of the same reports (the reference),
 * after each step of a sequence of changes through the write path: enrolment, waiting list, withdrawal and the
 * promotion it brings, re-enrolment, a second cohort in another region and in another country, attendance and
 * its corrections, a session's competencies changing, ratings, corrections and self-assessments, a cadre and
 * organisation change, certificates issued, revoked and expired; and after the pending counts are folded.
 */
@QuarkusTest
class ReportCountsTest {

    @Inject
    GapReports gaps;

    @Inject
    CoverageReports coverage;

    @Inject
    ReportCounts counts;

    private EvidenceFixtures.Fw fw;
    private UUID north, south;
    private final List<ReportApi.Filters> filters = new ArrayList<>();

    private static void sql(String sql, Object... params) {
        CertificationFixtures.update(sql, params);
    }

    private ReportApi.Filters f(String country, UUID region, String cadre) {
        return new ReportApi.Filters(fw.programme(), null, country, region, null, cadre, null, null);
    }

    /** Every report the counts answer, under every filter, equals the live count; the counts did answer. */
    private void assertSameAsLive(String step) {
        for (ReportApi.Filters f : filters) {
            String at = step + ", filters " + f;
            assertTrue(counts.where(f).isPresent(), "the counts answer " + at);
            assertEquals(gaps.gaps(f, 0, 200, true), gaps.gaps(f, 0, 200, false), "gap report " + at);
            assertEquals(gaps.gaps(f, 1, 2, true), gaps.gaps(f, 1, 2, false), "gap report, second page " + at);
            assertEquals(gaps.gaps(f, 9, 2, true), gaps.gaps(f, 9, 2, false), "gap report, past the end " + at);
            assertEquals(coverage.coverage(f, 0, 200, true), coverage.coverage(f, 0, 200, false), "coverage " + at);
            assertEquals(coverage.coverage(f, 1, 3, true), coverage.coverage(f, 1, 3, false), "coverage, second page " + at);
            assertEquals(coverage.regions(f, 0, 200, true), coverage.regions(f, 0, 200, false), "regions " + at);
            assertEquals(coverage.regions(f, 2, 2, true), coverage.regions(f, 2, 2, false), "regions, third page " + at);
        }
    }

    private UUID person(String given, String cadre) {
        UUID id = CohortFixtures.person(given, "Counted " + CohortFixtures.suffix(), "BJ");
        sql("update person set cadre = ?1 where id = ?2", cadre, id);
        return id;
    }

    private UUID cohort(String country, UUID region, int capacity) {
        UUID id = CohortFixtures.cohort(fw.programme(), country, "UTC", null, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), capacity);
        if (region != null) {
            sql("update cohort set region_id = ?1 where id = ?2", region, id);
        }
        return id;
    }

    private UUID session(UUID cohort, int day, String... codes) {
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 9, 0).plusDays(day);
        UUID id = CohortFixtures.session(cohort, "UTC", start, start.plusHours(3), null);
        for (String code : codes) {
            sql("insert into session_competency (session_id, competency_code) values (?1, ?2)", id, code);
        }
        return id;
    }

    private static String enrol(UUID cohort, UUID person) {
        return given().contentType(ContentType.JSON).body(Map.of("personId", person))
                .when().post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then().statusCode(201).extract().path("status");
    }

    private static void withdraw(UUID cohort, UUID person) {
        given().when().delete("/api/v1/cohorts/" + cohort + "/enrolments/" + person).then().statusCode(200);
    }

    /** Marks (person, status) pairs at a session through the attendance sheet. */
    private static void mark(UUID session, Object... personAndStatus) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < personAndStatus.length; i += 2) {
            String status = (String) personAndStatus[i + 1];
            boolean attended = status.equals("present") || status.equals("late");
            entries.add(Map.of("personId", personAndStatus[i], "status", status, "minutes", attended ? 180 : 0));
        }
        given().contentType(ContentType.JSON).body(Map.of("entries", entries))
                .when().put("/api/v1/sessions/" + session + "/attendance").then().statusCode(200);
    }

    /** A practical assessment with ratings (competency, level, …); gives the ratings' ids. */
    private static List<String> practical(UUID person, UUID cohort, Object... competencyAndLevel) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (int i = 0; i < competencyAndLevel.length; i += 2) {
            ratings.add(Map.of("competencyId", competencyAndLevel[i], "level", competencyAndLevel[i + 1]));
        }
        return given().contentType(ContentType.JSON).body(Map.of("kind", "practical", "personId", person,
                        "cohortId", cohort, "assessedOn", "2026-02-10", "ratings", ratings))
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("ratings");
    }

    private static void correct(String rating, int level) {
        given().contentType(ContentType.JSON).body(Map.of("level", level, "reason", "scored on the wrong line"))
                .when().post("/api/v1/profiles/ratings/" + rating + "/corrections").then().statusCode(201);
    }

    private void selfRating(UUID person, UUID competency, int level) {
        sql("insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username, "
                        + "observed_at, recorded_at) values (?1, ?2, ?3, ?4, ?5, 'self', 'counts.test', ?6, now())",
                UUID.randomUUID(), person, competency, fw.version(), level, Instant.now());
    }

    private UUID certificate(UUID person, UUID cohort, LocalDate expires, String... codes) {
        UUID id = CertificationFixtures.certificate(person, fw.programme(), cohort, LocalDate.of(2026, 6, 30), expires);
        StringBuilder lines = new StringBuilder();
        for (String code : codes) {
            lines.append(lines.isEmpty() ? "" : "\n").append(code).append('\t').append("Does it well");
        }
        sql("update certificate set competencies = ?1 where id = ?2", lines.toString(), id);
        return id;
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void keptCountsAnswerLikeTheLiveCountAfterEveryChangeOfTheWritePath() {
        fw = EvidenceFixtures.framework("BJ", "TG");
        String s = CohortFixtures.suffix();
        north = UUID.randomUUID();
        south = UUID.randomUUID();
        sql("insert into region (id, country_code, name) values (?1, 'BJ', ?2)", north, "Nord " + s);
        sql("insert into region (id, country_code, name) values (?1, 'BJ', ?2)", south, "Sud " + s);
        String k1 = fw.code() + "-1.1", k2 = fw.code() + "-1.2", k3 = fw.code() + "-2.1", k4 = fw.code() + "-2.2";
        filters.addAll(List.of(f(null, null, null), f("BJ", null, null), f("TG", null, null), f(null, north, null),
                f(null, south, null), f(null, null, "psw"), f("BJ", null, "cycw"), f("BJ", south, "psw")));

        UUID a = cohort("BJ", north, 3);
        UUID b = cohort("BJ", south, 10);
        UUID c = cohort("TG", null, 10);
        UUID d = cohort("BJ", null, 10);
        UUID sa = session(a, 1, k1, k2);
        UUID sa2 = session(a, 2, k4);
        UUID sb = session(b, 3, k1, k3);
        UUID sc = session(c, 4, k2);
        UUID sd = session(d, 5, k1);
        UUID p1 = person("Ama", "psw"), p2 = person("Bako", "cycw"), p3 = person("Chidi", "psw"),
                p4 = person("Dede", "cdw"), p5 = person("Ekue", "psw");
        assertSameAsLive("nobody enrolled");

        assertEquals("enrolled", enrol(a, p1));
        assertEquals("enrolled", enrol(a, p2));
        assertEquals("enrolled", enrol(a, p3));
        assertEquals("waitlisted", enrol(a, p4));
        assertSameAsLive("three enrolled and one waiting");

        mark(sa, p1, "present", p2, "late", p3, "absent");
        mark(sa2, p1, "present");
        assertSameAsLive("attendance");

        List<String> p1Ratings = practical(p1, a, fw.c1(), 3, fw.c2(), 2);
        practical(p2, a, fw.c1(), 4, fw.c3(), 1);
        selfRating(p3, fw.c1(), 4);
        assertSameAsLive("ratings and a self-assessment");

        // p1 in a second region of Benin and in Togo; p5 in Benin without a region
        enrol(b, p1);
        enrol(c, p1);
        enrol(d, p5);
        enrol(b, p5);
        mark(sb, p1, "present", p5, "late");
        mark(sc, p1, "late");
        mark(sd, p5, "present");
        assertSameAsLive("people in several places");

        // p1 in a third place of Benin, reached in k1 there too (three places, each reached in k1)
        enrol(d, p1);
        mark(sd, p1, "present", p5, "present");
        assertSameAsLive("three places in one country");

        withdraw(a, p2); // p4 takes the freed seat
        assertEquals("enrolled", given().when().get("/api/v1/cohorts/" + a + "/enrolments").then().statusCode(200)
                .extract().path("find { it.personId == '" + p4 + "' }.status"));
        mark(sa, p1, "absent", p4, "present", p3, "late");
        assertSameAsLive("a withdrawal, a promotion and corrected attendance");

        sql("update enrolment set status = 'enrolled' where cohort_id = ?1 and person_id = ?2", a, p2);
        sql("update enrolment set status = 'completed' where cohort_id = ?1 and person_id = ?2", b, p1);
        assertSameAsLive("re-enrolled and completed");

        sql("insert into session_competency (session_id, competency_code) values (?1, ?2)", sa, k3);
        sql("delete from session_competency where session_id = ?1 and competency_code = ?2", sa, k2);
        sql("update session_competency set competency_code = ?1 where session_id = ?2 and competency_code = ?3", k2, sb, k3);
        assertSameAsLive("a session's competencies changed");

        correct(p1Ratings.get(0), 1);
        practical(p1, b, fw.c1(), 4);
        practical(p5, d, fw.c2(), 3, fw.c3(), 4);
        selfRating(p5, fw.c2(), 1);
        assertSameAsLive("corrections and later ratings");

        sql("update person set cadre = 'cycw' where id = ?1", p1);
        sql("update person set cadre = 'manager', organisation_id = null where id = ?1", p5);
        assertSameAsLive("cadre changes");

        UUID revoked = certificate(p1, b, LocalDate.now(ZoneOffset.UTC).plusYears(1), k1, k2);
        certificate(p5, d, LocalDate.now(ZoneOffset.UTC).plusYears(1), k1);
        certificate(p4, a, LocalDate.now(ZoneOffset.UTC).minusDays(1), k1); // expired
        certificate(p3, a, LocalDate.now(ZoneOffset.UTC), k1, k3);          // valid until the end of today
        assertSameAsLive("certificates");
        sql("update certificate set revoked_at = now(), revoked_by = 'counts.test', revoked_reason = 'test' where id = ?1",
                revoked);
        assertSameAsLive("a revoked certificate");

        sql("update cohort set region_id = ?1 where id = ?2", south, d);
        assertSameAsLive("a cohort moved into the region of another of its people's cohorts");
        withdraw(d, p1);
        assertSameAsLive("withdrawn from one of three places");

        withdraw(b, p5);
        withdraw(d, p5);
        sql("update cohort set region_id = ?1 where id = ?2", north, d);
        assertSameAsLive("withdrawn from everything, and a cohort moved");
        sql("update training_session set cohort_id = ?1 where id = ?2", b, sa);
        assertSameAsLive("a session moved to another cohort");

        counts.compact(fw.programme());
        assertSameAsLive("after folding the pending counts");

        // the comparisons above were not about empty reports
        ReportApi.GapReport all = gaps.gaps(f(null, null, null), 0, 200, false);
        assertEquals(4, all.population(), "p1, p2, p3 and p4 are counted (p5 withdrew everywhere)");
        ReportApi.Coverage byCountry = coverage.coverage(f(null, null, null), 0, 200, false);
        assertTrue(byCountry.items().stream().anyMatch(r -> r.country().equals("TG") && r.reached() == 1));
        assertTrue(byCountry.items().stream().anyMatch(r -> r.country().equals("BJ") && r.certified() == 1));
        assertFalse(coverage.regions(f("BJ", null, null), 0, 200, false).items().isEmpty());
    }

    @Test
    @TestSecurity(user = "pm.benin", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void aManagersCountsCoverTheirCountriesOnly() {
        CoverageData d = CoverageData.get();
        ReportApi.Filters all = new ReportApi.Filters(d.fw.programme(), null, null, null, null, null, null, null);
        assertTrue(counts.where(all).isPresent());
        assertEquals(gaps.gaps(all, 0, 200, true), gaps.gaps(all, 0, 200, false));
        assertEquals(coverage.coverage(all, 0, 200, true), coverage.coverage(all, 0, 200, false));
        assertEquals(coverage.regions(all, 0, 200, true), coverage.regions(all, 0, 200, false));
        assertTrue(coverage.coverage(all, 0, 200, false).items().stream().allMatch(r -> r.country().equals("BJ")));
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void aMasterTrainersReportsAreCountedFromTheirCohorts() {
        CoverageData d = CoverageData.get();
        assertTrue(counts.where(new ReportApi.Filters(d.fw.programme(), null, null, null, null, null, null, null)).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void cohortOrganisationAndDateFiltersAreCountedLive() {
        CoverageData d = CoverageData.get();
        UUID p = d.fw.programme();
        assertTrue(counts.where(new ReportApi.Filters(p, d.cohortA, null, null, null, null, null, null)).isEmpty());
        assertTrue(counts.where(new ReportApi.Filters(p, null, null, null, d.orgBenin, null, null, null)).isEmpty());
        assertTrue(counts.where(new ReportApi.Filters(p, null, null, null, null, null, LocalDate.of(2026, 1, 1), null)).isEmpty());
        assertTrue(counts.where(new ReportApi.Filters(p, null, "BJ", d.regionBorgou, null, "psw", null, null)).isPresent());
    }
}
