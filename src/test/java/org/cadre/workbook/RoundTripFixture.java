package org.cadre.workbook;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.cadre.testsupport.CohortFixtures;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A small seminar with FIXED ids (framework, competencies, cohort, sessions, people), so that workbooks
 * exported from it and re-saved by other software can be kept as test resources and imported in any
 * later run. Written idempotently (on conflict do nothing): it may exist already.
 */
final class RoundTripFixture {

    static final String TRAINER = "wb-mt-roundtrip";
    /** A second trainer of the seminar, who uploads the LibreOffice files (each uploader has their own rate limit). */
    static final String CO_TRAINER = "wb-mt-roundtrip-lo";
    static final UUID FRAMEWORK = UUID.fromString("0c0ffee0-0000-4000-8000-000000000001");
    static final UUID VERSION = UUID.fromString("0c0ffee0-0000-4000-8000-000000000002");
    static final UUID FUNCTION = UUID.fromString("0c0ffee0-0000-4000-8000-000000000003");
    static final UUID C1 = UUID.fromString("0c0ffee0-0000-4000-8000-000000000011");
    static final UUID C2 = UUID.fromString("0c0ffee0-0000-4000-8000-000000000012");
    static final UUID PROGRAMME = UUID.fromString("0c0ffee0-0000-4000-8000-000000000021");
    static final UUID COHORT = UUID.fromString("0c0ffee0-0000-4000-8000-000000000031");
    static final UUID DAY1 = UUID.fromString("0c0ffee0-0000-4000-8000-000000000041");
    static final UUID DAY2 = UUID.fromString("0c0ffee0-0000-4000-8000-000000000042");
    static final UUID HONG = UUID.fromString("0c0ffee0-0000-4000-8000-000000000051");
    static final UUID IOANA = UUID.fromString("0c0ffee0-0000-4000-8000-000000000052");
    static final UUID ANA = UUID.fromString("0c0ffee0-0000-4000-8000-000000000053");

    private RoundTripFixture() {
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static void sql(String sql, Object... params) {
        var q = em().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
    }

    /** Makes sure the seminar exists, trained by {@link #TRAINER}. */
    static void ensure() {
        UUID trainer = CohortFixtures.linkedPerson(TRAINER, "MD");
        UUID coTrainer = CohortFixtures.linkedPerson(CO_TRAINER, "MD");
        QuarkusTransaction.requiringNew().run(() -> {
            sql("insert into framework (id, code, cadre, created_at) values (?1, 'LORT', 'psw', now()) on conflict do nothing", FRAMEWORK);
            sql("insert into framework_version (id, framework_id, version, status, title, created_at) values (?1, ?2, '1.0', 'draft', "
                    + "cast(?3 as jsonb), now()) on conflict do nothing", VERSION, FRAMEWORK,
                    "{\"en\":\"Round-trip framework\",\"ro\":\"Cadru pentru registre\"}");
            String[][] levels = {{"Începător", "Beginner"}, {"În dezvoltare", "Developing"}, {"Competent", "Competent"}, {"Expert", "Expert"}};
            for (int i = 1; i <= 4; i++) {
                sql("insert into framework_scale_level (id, framework_version_id, position, code, label, proficient) "
                                + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict do nothing",
                        UUID.fromString("0c0ffee0-0000-4000-8000-00000000010" + i), VERSION, i, "N" + i,
                        "{\"en\":\"" + levels[i - 1][1] + "\",\"ro\":\"" + levels[i - 1][0] + "\"}", i >= 3);
            }
            sql("insert into framework_function (id, framework_version_id, position, code, title) values (?1, ?2, 1, 'F1', "
                    + "cast(?3 as jsonb)) on conflict do nothing", FUNCTION, VERSION, "{\"en\":\"Case management\"}");
            competency(C1, 1, "LORT-1.1", "Plans a family reintegration", "Planifică reintegrarea în familie");
            competency(C2, 2, "LORT-1.2", "Follows up a child's case", "Urmărește cazul unui copil");
            sql("insert into programme (id, name, framework_version_id, created_at) values (?1, 'Round-trip seminar', ?2, now()) "
                    + "on conflict do nothing", PROGRAMME, VERSION);
            sql("insert into programme_country (programme_id, country_code) values (?1, 'MD') on conflict do nothing", PROGRAMME);
            for (UUID c : List.of(C1, C2)) {
                sql("insert into programme_competency (programme_id, competency_id) values (?1, ?2) on conflict do nothing", PROGRAMME, c);
            }
            sql("insert into cohort (id, programme_id, name, country_code, venue, time_zone, language, starts_on, ends_on, capacity, "
                    + "created_at) values (?1, ?2, 'Seminar Bălți', 'MD', 'Bălți', 'Europe/Chisinau', 'ro', date '2019-05-21', "
                    + "date '2019-05-22', 30, now()) on conflict do nothing", COHORT, PROGRAMME);
            sql("insert into cohort_trainer (cohort_id, person_id) values (?1, ?2) on conflict do nothing", COHORT, trainer);
            sql("insert into cohort_trainer (cohort_id, person_id) values (?1, ?2) on conflict do nothing", COHORT, coTrainer);
            session(DAY1, LocalDateTime.of(2019, 5, 21, 9, 0));
            session(DAY2, LocalDateTime.of(2019, 5, 22, 9, 0));
            person(HONG, "Thị Hồng", "Nguyễn", "MD");
            person(IOANA, "Ioana", "Ștefănescu", "MD");
            person(ANA, "Ana", "Țurcanu", "MD");
        });
    }

    private static void competency(UUID id, int position, String code, String en, String ro) {
        sql("insert into competency (id, framework_version_id, function_id, position, code, statement, level, dimension) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), 'basic', 'skills') on conflict do nothing",
                id, VERSION, FUNCTION, position, code, "{\"en\":\"" + en + "\",\"ro\":\"" + ro + "\"}");
    }

    private static void session(UUID id, LocalDateTime start) {
        ZoneId zone = ZoneId.of("Europe/Chisinau");
        sql("insert into training_session (id, cohort_id, title, venue, time_zone, local_start, local_end, starts_at, ends_at, "
                        + "created_at) values (?1, ?2, 'Managementul cazului', 'Bălți', 'Europe/Chisinau', ?3, ?4, ?5, ?6, now()) "
                        + "on conflict do nothing", id, COHORT, start, start.plusHours(3), start.atZone(zone).toInstant(),
                start.plusHours(3).atZone(zone).toInstant());
    }

    private static void person(UUID id, String given, String family, String country) {
        sql("insert into person (id, given_name, family_name, cadre, country_code, created_at) values (?1, ?2, ?3, 'psw', ?4, now()) "
                + "on conflict do nothing", id, given, family, country);
        sql("insert into enrolment (id, cohort_id, person_id, status, enrolled_at) select ?1, ?2, ?3, 'enrolled', now() "
                + "where not exists (select 1 from enrolment where cohort_id = ?2 and person_id = ?3)", UUID.randomUUID(), COHORT, id);
    }
}
