package org.cadre.e2e;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Demo users of different countries, with real Keycloak tokens, cannot read each other's cohorts,
 * visits, reports or exports — and can read their own, so a 404 here means "out of scope", not
 * "broken". Out of scope is 404, never 403, so that the record's existence does not leak.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossCountryIsolationTest {

    /** What one country's users own: a programme with a cohort trained by its master trainer, and a visit. */
    record Country(String code, String trainer, String manager, String mentor, EvidenceFixtures.Fw fw, UUID cohort,
                   UUID visit) {
    }

    private Country benin;
    private Country moldova;
    private Country vietnam;
    private Country mexico;

    @BeforeAll
    void seed() {
        benin = country("BJ", "mt.benin", "pm.westafrica", null);
        moldova = country("MD", "mt.moldova", null, "mentor.moldova");
        vietnam = country("VN", null, "pm.vietnam", null);
        mexico = country("MX", null, null, "mentor.mexico");
    }

    private static Country country(String code, String trainerUser, String managerUser, String mentorUser) {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework(code);
        UUID trainer = trainerUser == null
                ? CohortFixtures.person("Isolation", "Trainer " + CohortFixtures.suffix(), code)
                : CohortFixtures.linkedPerson(trainerUser, code);
        UUID cohort = EvidenceFixtures.cohort(fw, code, trainer);
        UUID mentee = EvidenceFixtures.trainee(cohort, code);
        UUID visit = null;
        if (mentorUser != null) {
            UUID mentor = CohortFixtures.linkedPerson(mentorUser, code);
            EvidenceFixtures.assign(mentor, mentee);
            visit = visit(mentor, mentee, fw.version(), mentorUser);
        }
        return new Country(code, trainerUser, managerUser, mentorUser, fw, cohort, visit);
    }

    private static UUID visit(UUID mentor, UUID mentee, UUID version, String createdBy) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("""
                            insert into mentoring_visit (id, mentor_id, visit_date, mode, status, framework_version_id,
                                   strengths, created_by, created_at, updated_at)
                            values (:id, :m, date '2026-06-02', 'on-site', 'draft', :v, '', :by, now(), now())""")
                    .setParameter("id", id).setParameter("m", mentor).setParameter("v", version)
                    .setParameter("by", createdBy).executeUpdate();
            em.createNativeQuery("insert into visit_mentee (visit_id, person_id) values (:v, :p)")
                    .setParameter("v", id).setParameter("p", mentee).executeUpdate();
        });
        return id;
    }

    private static int status(String user, String path) {
        return given().auth().oauth2(Tokens.of(user)).redirects().follow(false).get(path).statusCode();
    }

    private static void reaches(String user, String path) {
        int status = status(user, path);
        if (status != 200) {
            throw new AssertionError(user + " should read their own " + path + " but got " + status);
        }
    }

    private static void cannotSee(String user, String path) {
        int status = status(user, path);
        if (status != 404) {
            throw new AssertionError(user + " reached " + path + " of another country: " + status + " (expected 404)");
        }
    }

    @Test
    void masterTrainersSeeOnlyTheirOwnCohortsAndItsExports() {
        for (Country[] pair : List.of(new Country[]{benin, moldova}, new Country[]{moldova, benin})) {
            Country mine = pair[0];
            Country theirs = pair[1];
            for (String suffix : List.of("", "/sessions", "/enrolments", "/attendance-rates")) {
                reaches(mine.trainer(), "/api/v1/cohorts/" + mine.cohort() + suffix);
                cannotSee(mine.trainer(), "/api/v1/cohorts/" + theirs.cohort() + suffix);
            }
            for (String export : List.of("roster", "sign-in-sheets", "scoring-template")) {
                reaches(mine.trainer(), "/api/v1/workbook/exports/cohorts/" + mine.cohort() + "/" + export);
                cannotSee(mine.trainer(), "/api/v1/workbook/exports/cohorts/" + theirs.cohort() + "/" + export);
            }
            given().auth().oauth2(Tokens.of(mine.trainer())).get("/api/v1/cohorts").then().statusCode(200)
                    .body("id", hasItem(mine.cohort().toString()))
                    .body("id", not(hasItem(theirs.cohort().toString())));
        }
    }

    @Test
    void programmeManagersSeeOnlyTheirCountriesCohortsAndReports() {
        for (Country[] pair : List.of(new Country[]{benin, vietnam}, new Country[]{vietnam, benin})) {
            Country mine = pair[0];
            Country theirs = pair[1];
            reaches(mine.manager(), "/api/v1/cohorts/" + mine.cohort());
            cannotSee(mine.manager(), "/api/v1/cohorts/" + theirs.cohort());
            reaches(mine.manager(), "/api/v1/workbook/exports/cohorts/" + mine.cohort() + "/roster");
            cannotSee(mine.manager(), "/api/v1/workbook/exports/cohorts/" + theirs.cohort() + "/roster");
            for (String report : List.of("/api/v1/reports/gaps?programme=", "/api/v1/reports/coverage?programme=")) {
                reaches(mine.manager(), report + mine.fw().programme());
                cannotSee(mine.manager(), report + theirs.fw().programme());
            }
            // a filter naming the other country's cohort inside one's own programme leaks nothing either
            cannotSee(mine.manager(), "/api/v1/reports/gaps?programme=" + mine.fw().programme() + "&cohort=" + theirs.cohort());
            cannotSee(mine.manager(), "/api/v1/reports/gaps?programme=" + mine.fw().programme() + "&country=" + theirs.code());
        }
    }

    @Test
    void mentorsSeeOnlyTheirOwnVisits() {
        for (Country[] pair : List.of(new Country[]{moldova, mexico}, new Country[]{mexico, moldova})) {
            Country mine = pair[0];
            Country theirs = pair[1];
            reaches(mine.mentor(), "/api/v1/visits/" + mine.visit());
            cannotSee(mine.mentor(), "/api/v1/visits/" + theirs.visit());
            cannotSee(mine.mentor(), "/api/v1/visits/" + theirs.visit() + "/history");
            given().auth().oauth2(Tokens.of(mine.mentor())).get("/api/v1/visits").then().statusCode(200)
                    .body("id", hasItem(mine.visit().toString()))
                    .body("id", not(hasItem(theirs.visit().toString())));
        }
    }

    @Test
    void aManagerDoesNotReachVisitsOfAnotherCountry() {
        cannotSee("pm.vietnam", "/api/v1/visits/" + moldova.visit());
        cannotSee("pm.westafrica", "/api/v1/visits/" + mexico.visit());
    }
}
