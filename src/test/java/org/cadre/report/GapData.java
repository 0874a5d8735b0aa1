package org.cadre.report;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.cadre.assessment.ProficiencyPolicy;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A small programme for the gap report: cohort A in Benin (trained by mt.benin), cohort B in Togo,
 * ratings with self-assessments, ties, later lower ratings and a correction. Created once.
 */
final class GapData {

    private static GapData instance;

    static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-05-01T10:00:00Z");

    final EvidenceFixtures.Fw fw;
    final UUID cohortA;
    final UUID cohortB;
    final UUID p1, p2, p3, p4, p5, p6, p7, p8;
    /** Enrolled (counted) persons per cohort. */
    final Map<UUID, Set<UUID>> enrolees = new LinkedHashMap<>();
    final Map<UUID, String> codes = new LinkedHashMap<>();

    private GapData() {
        fw = EvidenceFixtures.framework("BJ", "TG");
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        cohortA = EvidenceFixtures.cohort(fw, "BJ", trainer);
        cohortB = EvidenceFixtures.cohort(fw, "TG");
        p1 = EvidenceFixtures.trainee(cohortA, "BJ");
        p2 = EvidenceFixtures.trainee(cohortA, "BJ");
        p3 = EvidenceFixtures.trainee(cohortA, "BJ");
        p4 = EvidenceFixtures.trainee(cohortA, "BJ");
        p5 = EvidenceFixtures.trainee(cohortA, "BJ");
        p6 = EvidenceFixtures.trainee(cohortB, "TG");
        p7 = EvidenceFixtures.trainee(cohortA, "BJ");
        p8 = EvidenceFixtures.trainee(cohortA, "BJ");
        CohortFixtures.enrol(cohortB, p8);
        run("update enrolment set status = 'withdrawn' where person_id = ?1", p7);
        enrolees.put(cohortA, new LinkedHashSet<>(List.of(p1, p2, p3, p4, p5, p8)));
        enrolees.put(cohortB, new LinkedHashSet<>(List.of(p6, p8)));
        codes.put(fw.c1(), fw.code() + "-1.1");
        codes.put(fw.c2(), fw.code() + "-1.2");
        codes.put(fw.c3(), fw.code() + "-2.1");
        codes.put(fw.c4(), fw.code() + "-2.2");

        // p1: a later practical outranks an earlier observation; a later self-assessment never counts
        rate(p1, fw.c1(), 2, "observation", T1, null);
        rate(p1, fw.c1(), 3, "practical", T2, null);
        rate(p1, fw.c1(), 4, "self", T3, null);
        // p1: a later, lower rating replaces an earlier high one
        rate(p1, fw.c2(), 4, "practical", T1, null);
        rate(p1, fw.c2(), 2, "observation", T2, null);
        rate(p1, fw.c4(), 4, "practical", T1, null); // not selected by the programme
        // p2: a tie goes to the more direct source, then to the lower level
        rate(p2, fw.c1(), 4, "observation", T1, null);
        rate(p2, fw.c1(), 2, "practical", T1, null);
        rate(p2, fw.c2(), 3, "visit", T1, null);
        rate(p2, fw.c2(), 4, "observation", T1, null);
        // p3: self-assessed only; a rating replaced by its correction
        rate(p3, fw.c1(), 4, "self", T1, null);
        UUID wrong = rate(p3, fw.c2(), 4, "import", T1, null);
        rate(p3, fw.c2(), 1, "import", T1, wrong);
        // p4: nothing. p5: an imported proficient level
        rate(p5, fw.c3(), 3, "import", T1, null);
        // p6 (Togo), p7 (withdrawn: not counted), p8 (in both cohorts: counted once)
        rate(p6, fw.c1(), 4, "practical", T1, null);
        rate(p7, fw.c1(), 4, "practical", T1, null);
        rate(p8, fw.c3(), 1, "visit", T1, null);
        rate(p8, fw.c3(), 3, "visit", T2, null);
        rate(p8, fw.c1(), 3, "self", T2, null);
        // a session of cohort A covering c1: p1 present, p2 late, p3 absent, p7 (withdrawn) present
        session = CohortFixtures.session(cohortA, "UTC", java.time.LocalDateTime.of(2026, 2, 10, 9, 0),
                java.time.LocalDateTime.of(2026, 2, 10, 12, 0), null, trainer);
        run("insert into session_competency (session_id, competency_code) values (?1, ?2)", session, codes.get(fw.c1()));
        attend(p1, "present");
        attend(p2, "late");
        attend(p3, "absent");
        attend(p7, "present");
    }

    final UUID session;

    private void attend(UUID person, String status) {
        run("insert into attendance (id, session_id, person_id, status, minutes, recorded_by, recorded_at) "
                + "values (?1, ?2, ?3, ?4, 180, 'gap.test', now())", UUID.randomUUID(), session, person, status);
    }

    static synchronized GapData get() {
        if (instance == null) {
            instance = new GapData();
        }
        return instance;
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static void run(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private UUID rate(UUID person, UUID competency, int level, String source, Instant at, UUID supersedes) {
        UUID id = UUID.randomUUID();
        run("insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username, "
                + "observed_at, recorded_at, supersedes_id) values (?1, ?2, ?3, ?4, ?5, ?6, 'gap.test', ?7, now(), ?8)",
                id, person, competency, fw.version(), level, source, at, supersedes);
        return id;
    }

    /** The population for a set of cohorts: their enrolees, each once. */
    Set<UUID> population(UUID... cohorts) {
        Set<UUID> people = new LinkedHashSet<>();
        for (UUID c : cohorts) {
            people.addAll(enrolees.get(c));
        }
        return people;
    }

    /** Expected figures per competency code, counted in Java with ProficiencyPolicy over the stored rows. */
    Map<String, long[]> bruteForce(Set<UUID> population) {
        ProficiencyPolicy policy = new ProficiencyPolicy(List.of(3, 4));
        Map<UUID, List<ProficiencyPolicy.Evidence>> evidence = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID person : population) {
                List<ProficiencyPolicy.Evidence> list = new ArrayList<>();
                for (Object o : em().createNativeQuery("select id, competency_id, level, source, rater_username, "
                                + "observed_at, supersedes_id from rating where person_id = ?1")
                        .setParameter(1, person).getResultList()) {
                    Object[] r = (Object[]) o;
                    Instant at = r[5] instanceof Instant i ? i : r[5] instanceof java.time.OffsetDateTime o2 ? o2.toInstant()
                            : ((java.sql.Timestamp) r[5]).toInstant();
                    list.add(new ProficiencyPolicy.Evidence(codes.get((UUID) r[1]), ((Number) r[2]).intValue(),
                            ProficiencyPolicy.Source.valueOf(((String) r[3]).toUpperCase(Locale.ROOT)), (String) r[4], at,
                            r[0].toString(), r[0].toString(), r[6] == null ? null : r[6].toString()));
                }
                evidence.put(person, list);
            }
        });
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (UUID c : List.of(fw.c1(), fw.c2(), fw.c3())) {
            String code = codes.get(c);
            long assessed = 0;
            long proficient = 0;
            long levelSum = 0;
            for (UUID person : population) {
                var value = policy.valueOf(code, evidence.get(person));
                if (value.isPresent() && !value.get().selfAssessedOnly()) {
                    assessed++;
                    levelSum += value.get().level();
                    if (value.get().proficient()) {
                        proficient++;
                    }
                }
            }
            // population, assessed, proficient, sum of current levels
            expected.put(code, new long[]{population.size(), assessed, proficient, levelSum});
        }
        return expected;
    }
}
