package org.cadre.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A programme whose framework version has a four-level scale (3 and 4 proficient), two functions and
 * four competencies, of which the programme selects the first three; plus mentor assignments.
 */
public final class EvidenceFixtures {

    /** Ids of one fixture framework: its version, programme and competencies (c4 is not selected). */
    public record Fw(UUID programme, UUID version, UUID c1, UUID c2, UUID c3, UUID c4, String code) {
    }

    private EvidenceFixtures() {
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static Fw framework(String... countries) {
        UUID programme = CohortFixtures.programme(countries);
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID version = (UUID) em().createNativeQuery("select framework_version_id from programme where id = :p", UUID.class)
                    .setParameter("p", programme).getSingleResult();
            String[] labels = {"Emerging", "Developing", "Competent", "Strong"};
            for (int i = 1; i <= 4; i++) {
                em().createNativeQuery("insert into framework_scale_level (id, framework_version_id, position, code, label, proficient) "
                                + "values (:id, :v, :p, :c, cast(:l as jsonb), :pr)")
                        .setParameter("id", UUID.randomUUID()).setParameter("v", version).setParameter("p", i)
                        .setParameter("c", "L" + i).setParameter("l", "{\"en\":\"" + labels[i - 1] + "\"}")
                        .setParameter("pr", i >= 3).executeUpdate();
            }
            String s = CohortFixtures.suffix().toUpperCase(java.util.Locale.ROOT);
            UUID f1 = function(version, 1, "F1", "Case work");
            UUID f2 = function(version, 2, "F2", "Referral <and> links");
            UUID c1 = competency(version, f1, 1, "X" + s + "-1.1");
            UUID c2 = competency(version, f1, 2, "X" + s + "-1.2");
            UUID c3 = competency(version, f2, 1, "X" + s + "-2.1");
            UUID c4 = competency(version, f2, 2, "X" + s + "-2.2");
            for (UUID c : List.of(c1, c2, c3)) {
                em().createNativeQuery("insert into programme_competency (programme_id, competency_id) values (:p, :c)")
                        .setParameter("p", programme).setParameter("c", c).executeUpdate();
            }
            return new Fw(programme, version, c1, c2, c3, c4, "X" + s);
        });
    }

    private static UUID function(UUID version, int position, String code, String title) {
        UUID id = UUID.randomUUID();
        em().createNativeQuery("insert into framework_function (id, framework_version_id, position, code, title) "
                        + "values (:id, :v, :p, :c, cast(:t as jsonb))")
                .setParameter("id", id).setParameter("v", version).setParameter("p", position).setParameter("c", code)
                .setParameter("t", "{\"en\":\"" + title.replace("\"", "") + "\"}").executeUpdate();
        return id;
    }

    private static UUID competency(UUID version, UUID function, int position, String code) {
        UUID id = UUID.randomUUID();
        em().createNativeQuery("insert into competency (id, framework_version_id, function_id, position, code, statement, level, dimension) "
                        + "values (:id, :v, :f, :p, :c, cast(:s as jsonb), 'basic', 'skills')")
                .setParameter("id", id).setParameter("v", version).setParameter("f", function).setParameter("p", position)
                .setParameter("c", code).setParameter("s", "{\"en\":\"Does " + code + " well\"}").executeUpdate();
        return id;
    }

    /** An enrolled trainee of a new cohort of the fixture's programme, trained by the given trainers. */
    public static UUID cohort(Fw fw, String country, UUID... trainers) {
        return CohortFixtures.cohort(fw.programme(), country, "UTC", null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 100, trainers);
    }

    public static UUID trainee(UUID cohort, String country) {
        UUID person = CohortFixtures.person("Trainee", "Evidence " + CohortFixtures.suffix(), country);
        CohortFixtures.enrol(cohort, person);
        return person;
    }

    public static void assign(UUID mentor, UUID mentee) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                        "insert into mentor_assignment (id, mentor_id, mentee_id, since, created_by, created_at) "
                                + "values (:id, :m, :e, date '2020-01-01', 'test', now())")
                .setParameter("id", UUID.randomUUID()).setParameter("m", mentor).setParameter("e", mentee).executeUpdate());
    }

    public static long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /** The first column of every row, as text. */
    public static java.util.List<String> strings(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            java.util.List<String> out = new java.util.ArrayList<>();
            for (Object o : q.getResultList()) {
                out.add(String.valueOf(o));
            }
            return out;
        });
    }
}
