package org.cadre.workbook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.cadre.testsupport.CohortFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The participant import plans and commits a whole file with set queries (ParticipantMatcher) and
 * batched writes; these tests hold it to the rules of the row-by-row import it replaced: the order of
 * matching, all or nothing, seats then the waiting list in the file's order, duplicates, scope.
 */
@QuarkusTest
class ParticipantListBatchTest {

    private static final String XLSX = WorkbookImportResource.XLSX;
    private static final List<String> HEADERS = List.of("Cadre person id", "Family name", "Given name", "Organisation",
            "Country", "Email", "Phone");

    @Inject
    WorkbookImportRepository imports;

    private static UUID cohort(int capacity, UUID... trainers) {
        UUID[] teachers = trainers.length > 0 ? trainers
                : new UUID[]{CohortFixtures.person("Afi", "Mensah " + CohortFixtures.suffix(), "BJ")};
        return CohortFixtures.cohort(CohortFixtures.programme("BJ", "VN"), "BJ", "Africa/Porto-Novo", "Cotonou",
                LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), capacity, teachers);
    }

    private static ValidatableResponse upload(UUID cohort, byte[] file) {
        return given().contentType(XLSX).body(file).queryParam("scope", cohort.toString()).queryParam("name", "liste.xlsx")
                .post("/api/v1/workbook/imports/participants").then();
    }

    private static ValidatableResponse commit(String id) {
        return given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then();
    }

    /** A row of the file: hidden id, family, given, organisation, country, e-mail, phone ("" for a blank cell). */
    private static List<Object> row(Object id, String family, String given, String organisation, String country, String email,
                                    String phone) {
        return List.of(id == null ? "" : id.toString(), family, given, organisation, country, email, phone);
    }

    private long count(String sql, Object... params) {
        var query = imports.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private String text(String sql, Object... params) {
        var query = imports.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return (String) query.getSingleResult();
    }

    private static void sql(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    private static UUID organisation(String name, String country) {
        UUID id = UUID.randomUUID();
        sql("insert into organisation (id, name, kind, country_code) values (?1, ?2, 'ngo', ?3)", id, name, country);
        return id;
    }

    private static UUID person(String given, String family, String country, UUID organisation, String email, String age) {
        UUID id = UUID.randomUUID();
        sql("insert into person (id, given_name, family_name, cadre, country_code, organisation_id, email, created_at) "
                + "values (?1, ?2, ?3, 'psw', ?4, ?5, ?6, now() - cast(?7 as interval))", id, given, family, country, organisation, email, age);
        return id;
    }

    /**
     * 2,000 rows of every kind the import knows: 200 found by e-mail (a new phone), 200 by hidden id (half
     * already in the cohort), 100 by names in the country, 100 by names at their organisation (an older
     * namesake without it is not taken), 1,400 new (some at the organisation, some in Vietnam). The
     * preview counts and the rows written are those the rules give, as the row-by-row import wrote them:
     * 1,400 persons created, 1,900 enrolments, the seats to the first, the waiting list in the file's order.
     */
    @Test
    @TestSecurity(user = "wb-admin-batch-2000", roles = "admin")
    void aTwoThousandRowListCommitsWhatTheRulesSay() {
        String s = CohortFixtures.suffix();
        String family = "Batch" + s;
        UUID cohort = cohort(1800);
        String centre = "Centre Batch " + s;
        UUID org = organisation(centre, "BJ");
        sql("insert into person (id, given_name, family_name, cadre, country_code, email, created_at) "
                + "select gen_random_uuid(), 'Mail' || i, ?1, 'psw', 'BJ', 'mail' || i || '.' || ?2 || '@example.org', now() "
                + "from generate_series(0, 199) i", family, s);
        sql("insert into person (id, given_name, family_name, cadre, country_code, created_at) "
                + "select gen_random_uuid(), 'Id' || i, ?1, 'cycw', 'BJ', now() from generate_series(0, 199) i", family);
        sql("insert into enrolment (id, cohort_id, person_id, status, enrolled_at) select gen_random_uuid(), ?1, id, 'enrolled', now() "
                + "from person where family_name = ?2 and given_name ~ '^Id[0-9]+$' and substring(given_name from 3)::int < 100",
                cohort, family);
        sql("insert into person (id, given_name, family_name, cadre, country_code, created_at) "
                + "select gen_random_uuid(), 'Name' || i, ?1, 'cdw', 'BJ', now() from generate_series(0, 99) i", family);
        sql("insert into person (id, given_name, family_name, cadre, country_code, created_at) "
                + "select gen_random_uuid(), 'Staff' || i, ?1, 'psw', 'BJ', now() - interval '2 days' from generate_series(0, 99) i", family);
        sql("insert into person (id, given_name, family_name, cadre, country_code, organisation_id, created_at) "
                + "select gen_random_uuid(), 'Staff' || i, ?1, 'psw', 'BJ', ?2, now() from generate_series(0, 99) i", family, org);
        List<?> ids = imports.getEntityManager().createNativeQuery(
                        "select id from person where family_name = ?1 and given_name ~ '^Id[0-9]+$' order by substring(given_name from 3)::int", UUID.class)
                .setParameter(1, family).getResultList();
        assertEquals(200, ids.size());

        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(row(null, "Other" + s, "Spelling" + i, "", "", "MAIL" + i + "." + s + "@example.org", "+229 90 " + i));
        }
        for (int i = 0; i < 200; i++) {
            rows.add(row(ids.get(i), family, "Id" + i, "", "", "", ""));
        }
        for (int i = 0; i < 100; i++) {
            rows.add(row(null, family, "name" + i, "", "BJ", "", ""));
        }
        for (int i = 0; i < 100; i++) {
            rows.add(row(null, family, "Staff" + i, centre.toUpperCase(java.util.Locale.ROOT), "", "", ""));
        }
        for (int i = 0; i < 1400; i++) {
            rows.add(row(null, family, "New" + i, i % 10 == 0 && i % 7 != 0 ? centre : "", i % 7 == 0 ? "VN" : "",
                    "new" + i + "." + s + "@example.org", ""));
        }
        byte[] file = TestWorkbooks.written("Participants", HEADERS, rows);

        String id = upload(cohort, file).statusCode(201)
                .body("counts.total", equalTo(2000), "counts.create", equalTo(1400), "counts.update", equalTo(500),
                        "counts.unchanged", equalTo(100), "counts.error", equalTo(0),
                        "rows[0].label", equalTo("Other" + s + " Spelling0 (MAIL0." + s + "@example.org, +229 90 0)"),
                        "rows[200].outcome", equalTo("unchanged"), "rows[300].outcome", equalTo("update"))
                .extract().path("id");
        assertEquals(100, count("select count(*) from enrolment where cohort_id = ?1", cohort), "the preview writes nothing");

        commit(id).statusCode(200).body("changed", equalTo(true));
        assertEquals(700 + 1400, count("select count(*) from person where family_name = ?1", family), "1,400 persons created");
        assertEquals(0, count("select count(*) from person where family_name = ?1", "Other" + s),
                "nobody else: the 200 found by e-mail keep their names");
        assertEquals(1400, count("select count(*) from person where family_name = ?1 and given_name like 'New%'", family));
        assertEquals(120, count("select count(*) from person where family_name = ?1 and given_name like 'New%' and organisation_id = ?2",
                family, org));
        assertEquals(200, count("select count(*) from person where family_name = ?1 and given_name like 'New%' and country_code = 'VN'",
                family));
        assertEquals(2000, count("select count(*) from enrolment where cohort_id = ?1", cohort));
        assertEquals(1800, count("select count(*) from enrolment where cohort_id = ?1 and status = 'enrolled'", cohort));
        assertEquals(200, count("""
                select count(*) from enrolment e join person p on p.id = e.person_id
                 where e.cohort_id = ?1 and e.status = 'waitlisted' and p.given_name like 'New%'
                   and substring(p.given_name from 4)::int >= 1200""", cohort), "the last 200 rows of the file wait");
        assertEquals(200, count("select count(*) from person where family_name = ?1 and given_name like 'Mail%' and phone like '+229 90 %'",
                family), "the persons found by e-mail have the row's phone");
        assertEquals("+229 90 7", text("select phone from person where family_name = ?1 and given_name = 'Mail7'", family));
        assertEquals(100, count("""
                select count(*) from enrolment e join person p on p.id = e.person_id
                 where e.cohort_id = ?1 and p.given_name like 'Staff%' and p.organisation_id = ?2""", cohort, org));
        assertEquals(0, count("""
                select count(*) from enrolment e join person p on p.id = e.person_id
                 where e.cohort_id = ?1 and p.given_name like 'Staff%' and p.organisation_id is null""", cohort),
                "the older namesakes without the organisation are not taken");

        upload(cohort, file).statusCode(201).body("counts.unchanged", equalTo(2000), "counts.create", equalTo(0));
    }

    @Test
    @TestSecurity(user = "wb-admin-batch-bad-row", roles = "admin")
    void oneBadRowAmongGoodOnesImportsNothing() {
        String s = CohortFixtures.suffix();
        UUID cohort = cohort(40);
        byte[] file = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Good" + s, "One", "", "", "one." + s + "@example.org", ""),
                row(null, "Good" + s, "Two", "No such centre " + s, "", "", ""),
                row(null, "Good" + s, "Three", "", "", "", "")));
        String id = upload(cohort, file).statusCode(201)
                .body("counts.create", equalTo(2), "counts.error", equalTo(1), "rows[1].errors[0].column", equalTo("D"),
                        "committable", equalTo(false))
                .extract().path("id");
        commit(id).statusCode(422);
        assertEquals(0, count("select count(*) from person where family_name = ?1", "Good" + s));
        assertEquals(0, count("select count(*) from enrolment where cohort_id = ?1", cohort));
    }

    /** The person table keeps 40 characters of phone: a longer one is the row's error, not a failed commit. */
    @Test
    @TestSecurity(user = "wb-admin-batch-long-phone", roles = "admin")
    void aPhoneTooLongToKeepIsTheRowsError() {
        String s = CohortFixtures.suffix();
        UUID cohort = cohort(40);
        byte[] file = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Phone" + s, "Forty", "", "", "", "+229 " + "1".repeat(35)),
                row(null, "Phone" + s, "FortyOne", "", "", "", "+229 " + "1".repeat(36))));
        String id = upload(cohort, file).statusCode(201)
                .body("counts.create", equalTo(1), "counts.error", equalTo(1), "rows[1].errors[0].column", equalTo("G"))
                .extract().path("id");
        commit(id).statusCode(422);
        assertEquals(0, count("select count(*) from person where family_name = ?1", "Phone" + s));
    }

    /** A row that was fine in the preview but is no longer (the person withdrew since) stops the whole commit. */
    @Test
    @TestSecurity(user = "wb-admin-batch-changed", roles = "admin")
    void aRowThatBecameAnErrorSinceThePreviewStopsTheWholeCommit() {
        String s = CohortFixtures.suffix();
        UUID cohort = cohort(40);
        UUID known = person("Kofi", "Known" + s, "BJ", null, null, "0 days");
        byte[] file = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Fresh" + s, "Ama", "", "", "", "+229 1"),
                row(known, "Known" + s, "Kofi", "", "", "", "+229 2"),
                row(null, "Fresh" + s, "Yao", "", "", "", "")));
        String id = upload(cohort, file).statusCode(201).body("counts.create", equalTo(2), "counts.update", equalTo(1))
                .extract().path("id");
        sql("insert into enrolment (id, cohort_id, person_id, status, enrolled_at) values (gen_random_uuid(), ?1, ?2, 'withdrawn', now())",
                cohort, known);
        commit(id).statusCode(409).body("detail", startsWith("Row 5 of sheet Liste can no longer be imported"));
        assertEquals(0, count("select count(*) from person where family_name = ?1", "Fresh" + s));
        assertEquals(1, count("select count(*) from enrolment where cohort_id = ?1", cohort));
        assertEquals(0, count("select count(*) from person where id = ?1 and phone is not null", known), "no contact changed either");
        given().get("/api/v1/workbook/imports/" + id).then().statusCode(200).body("status", equalTo("previewed"));
    }

    /**
     * Rows are planned as if each were written before the next: a row finds the person an earlier row of
     * the same file creates (by its e-mail address), so one person is created and enrolled, with the
     * later row's phone; repeated rows and people already in the cohort are reported, withdrawn ones refused.
     */
    @Test
    @TestSecurity(user = "wb-admin-batch-dupes", roles = "admin")
    void duplicatesInTheFileAndAgainstTheCohort() {
        String s = CohortFixtures.suffix();
        UUID cohort = cohort(40);
        UUID inCohort = person("Esi", "Seated" + s, "BJ", null, "esi." + s + "@example.org", "0 days");
        CohortFixtures.enrol(cohort, inCohort);
        UUID gone = person("Kwame", "Gone" + s, "BJ", null, null, "0 days");
        sql("insert into enrolment (id, cohort_id, person_id, status, enrolled_at) values (gen_random_uuid(), ?1, ?2, 'withdrawn', now())",
                cohort, gone);

        byte[] file = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Twice" + s, "Adjoa", "", "", "adjoa." + s + "@example.org", ""),
                row(null, "Twice" + s, "Adjoa Mansa", "", "", "ADJOA." + s + "@example.org", "+229 3"),
                row(null, "twice" + s, "adjoa", "", "", "", ""),
                row(null, "Seated" + s, "Esi", "", "", "esi." + s + "@example.org", ""),
                row(null, "Gone" + s, "Kwame", "", "", "", "")));
        String id = upload(cohort, file).statusCode(201)
                .body("counts.create", equalTo(1), "counts.update", equalTo(1), "counts.unchanged", equalTo(1),
                        "counts.error", equalTo(2), "rows[2].errors[0].message", equalTo("repeats row 4"),
                        "rows[4].outcome", equalTo("error"))
                .extract().path("id");
        commit(id).statusCode(422);

        byte[] fixed = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Twice" + s, "Adjoa", "", "", "adjoa." + s + "@example.org", ""),
                row(null, "Twice" + s, "Adjoa Mansa", "", "", "ADJOA." + s + "@example.org", "+229 3"),
                row(null, "Seated" + s, "Esi", "", "", "esi." + s + "@example.org", "")));
        String ok = upload(cohort, fixed).statusCode(201)
                .body("counts.create", equalTo(1), "counts.update", equalTo(1), "counts.unchanged", equalTo(1))
                .extract().path("id");
        commit(ok).statusCode(200).body("changed", equalTo(true));
        assertEquals(1, count("select count(*) from person where family_name = ?1", "Twice" + s));
        assertEquals("+229 3", text("select phone from person where family_name = ?1", "Twice" + s));
        assertEquals(1, count("select count(*) from enrolment e join person p on p.id = e.person_id "
                + "where e.cohort_id = ?1 and p.family_name = ?2", cohort, "Twice" + s));
        assertEquals(3, count("select count(*) from enrolment where cohort_id = ?1", cohort));
    }

    /** Seats go in the file's order; the rest wait, first come first served, after those already waiting. */
    @Test
    @TestSecurity(user = "wb-admin-batch-seats", roles = "admin")
    void aFullCohortPutsTheRestOnTheWaitingListInTheFilesOrder() {
        String s = CohortFixtures.suffix();
        UUID cohort = cohort(3);
        UUID first = person("Abla", "First" + s, "BJ", null, null, "0 days");
        CohortFixtures.enrol(cohort, first);
        List<List<Object>> rows = new ArrayList<>();
        for (String given : List.of("Efua", "Akosua", "Yaa", "Afia", "Ama")) {
            rows.add(row(null, "Queue" + s, given, "", "", "", ""));
        }
        String id = upload(cohort, TestWorkbooks.written("Liste", HEADERS, rows)).statusCode(201)
                .body("counts.create", equalTo(5)).extract().path("id");
        commit(id).statusCode(200);
        List<?> order = imports.getEntityManager().createNativeQuery("""
                        select p.given_name || ':' || e.status from enrolment e join person p on p.id = e.person_id
                         where e.cohort_id = ?1 order by e.enrolled_at""")
                .setParameter(1, cohort).getResultList();
        assertEquals(List.of("Abla:enrolled", "Efua:enrolled", "Akosua:enrolled", "Yaa:waitlisted", "Afia:waitlisted",
                "Ama:waitlisted"), order);
        given().get("/api/v1/cohorts/" + cohort).then().statusCode(200).body("enrolled", equalTo(3), "waitlisted", equalTo(3));
    }

    /**
     * A master trainer imports only into cohorts they train (another country's cohort is not found), only
     * new persons of their countries, and finds only persons of their countries (a person of Vietnam with
     * the row's address is "unknown" to a trainer of Benin).
     */
    @Test
    @TestSecurity(user = "wb-mt-batch-benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void aTrainerImportsOnlyIntoTheirCohortsAndCountries() {
        String s = CohortFixtures.suffix();
        UUID me = CohortFixtures.linkedPerson("wb-mt-batch-benin", "BJ");
        UUID mine = cohort(40, me);
        UUID vietnamTrainer = CohortFixtures.person("Minh", "Phạm " + s, "VN");
        UUID elsewhere = CohortFixtures.cohort(CohortFixtures.programme("VN"), "VN", "Asia/Ho_Chi_Minh", "Hà Nội",
                LocalDate.of(2016, 5, 2), LocalDate.of(2016, 5, 6), 40, vietnamTrainer);
        person("Lan", "Trần" + s, "VN", null, "lan." + s + "@example.org", "0 days");

        byte[] good = TestWorkbooks.written("Liste", HEADERS, List.of(row(null, "Scope" + s, "Ama", "", "", "", "")));
        upload(elsewhere, good).statusCode(404);

        byte[] file = TestWorkbooks.written("Liste", HEADERS, List.of(
                row(null, "Scope" + s, "Ama", "", "", "", ""),
                row(null, "Scope" + s, "Lan", "", "", "lan." + s + "@example.org", ""),
                row(null, "Scope" + s, "Hoa", "", "VN", "", "")));
        String id = upload(mine, file).statusCode(201)
                .body("counts.create", equalTo(1), "counts.error", equalTo(2), "rows[2].errors[0].column", equalTo("E"))
                .extract().path("id");
        commit(id).statusCode(422);
        assertEquals(0, count("select count(*) from person where family_name = ?1", "Scope" + s));

        String ok = upload(mine, good).statusCode(201).body("counts.create", equalTo(1)).extract().path("id");
        commit(ok).statusCode(200).body("changed", equalTo(true));
        assertEquals(1, count("select count(*) from enrolment e join person p on p.id = e.person_id "
                + "where e.cohort_id = ?1 and p.family_name = ?2", mine, "Scope" + s));
    }
}
