package org.cadre.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Evidence, attendance, post-tests, policies and certificates written straight to the database for certification tests. */
public final class CertificationFixtures {

    private CertificationFixtures() {
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static void policy(UUID programme, int minAttendance, int minPostTest, int validityMonths, int windowDays) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                        insert into certification_policy (programme_id, min_attendance, min_post_test, validity_months,
                               renewal_window_days, updated_by, updated_at) values (?1, ?2, ?3, ?4, ?5, 'test', now())
                        on conflict (programme_id) do update set min_attendance = excluded.min_attendance,
                               min_post_test = excluded.min_post_test, validity_months = excluded.validity_months,
                               renewal_window_days = excluded.renewal_window_days""")
                .setParameter(1, programme)
                .setParameter(2, BigDecimal.valueOf(minAttendance)).setParameter(3, BigDecimal.valueOf(minPostTest))
                .setParameter(4, validityMonths).setParameter(5, windowDays).executeUpdate());
    }

    /** One assessor rating (a practical assessment) observed now. */
    public static void rating(UUID person, UUID competency, UUID version, int level) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                        insert into rating (id, person_id, competency_id, framework_version_id, level, source,
                               rater_username, observed_at, recorded_at) values (?1, ?2, ?3, ?4, ?5, 'practical', 'mt.test', ?6, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, competency)
                .setParameter(4, version).setParameter(5, level).setParameter(6, Instant.now()).executeUpdate());
    }

    /** One session of the cohort per status, with the person's attendance in it. */
    public static void attendance(UUID cohort, UUID person, String... statuses) {
        LocalDateTime start = LocalDateTime.of(2026, 2, 2, 9, 0).plusDays((long) (Math.random() * 300));
        for (String status : statuses) {
            UUID session = CohortFixtures.session(cohort, "UTC", start, start.plusHours(1), null);
            start = start.plusHours(2);
            QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                            insert into attendance (id, session_id, person_id, status, minutes, recorded_by, recorded_at)
                            values (?1, ?2, ?3, ?4, 0, 'test', now())""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, session).setParameter(3, person)
                    .setParameter(4, status).executeUpdate());
        }
    }

    public static void postTest(UUID person, UUID cohort, int score, int max) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                        insert into assessment (id, kind, person_id, cohort_id, assessor_username, assessed_on, score,
                               max_score, recorded_at) values (?1, 'post-test', ?2, ?3, 'mt.test', current_date, ?4, ?5, now())""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, person).setParameter(3, cohort)
                .setParameter(4, BigDecimal.valueOf(score)).setParameter(5, BigDecimal.valueOf(max)).executeUpdate());
    }

    /** A certificate written directly, numbered with a random test number (not from the counters). */
    public static UUID certificate(UUID person, UUID programme, UUID cohort, LocalDate issuedOn, LocalDate expiresOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            String s = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
            em().createNativeQuery("""
                            insert into certificate (id, number, verification_code, person_id, programme_id, cohort_id,
                                   framework_version_id, framework_label, competencies, issued_on, expires_on, generation,
                                   issued_by, issued_at)
                            select ?1, ?2, ?3, ?4, p.id, ?5, p.framework_version_id, 'TEST 1.0', '', ?6, ?7, 1, 'test', now()
                              from programme p where p.id = ?8""")
                    .setParameter(1, id).setParameter(2, "ZZ-T" + s.substring(0, 12)).setParameter(3, String.join("-", s.substring(0, 4), s.substring(4, 8),
                            s.substring(8, 12), s.substring(12, 16), s.substring(16, 20), s.substring(20, 24)))
                    .setParameter(4, person).setParameter(5, cohort).setParameter(6, issuedOn).setParameter(7, expiresOn)
                    .setParameter(8, programme).executeUpdate();
            return id;
        });
    }

    public static Object value(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    public static void update(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
