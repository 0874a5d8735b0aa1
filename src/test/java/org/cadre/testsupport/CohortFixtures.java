package org.cadre.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Test data for people, programmes and cohorts, written straight to the database in its own
 * transaction (unique names, so tests never depend on each other). Persons linked to the demo users
 * are found or created once.
 */
public final class CohortFixtures {

    private CohortFixtures() {
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The person the demo user signs in as (found or created), in the given country. */
    public static UUID linkedPerson(String username, String country) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em().createNativeQuery("select id from person where keycloak_username = :u", UUID.class)
                    .setParameter("u", username).getResultList();
            if (!found.isEmpty()) {
                return (UUID) found.get(0);
            }
            UUID id = insertPerson("Linked", username, country);
            em().createNativeQuery("update person set keycloak_username = :u where id = :id")
                    .setParameter("u", username).setParameter("id", id).executeUpdate();
            return id;
        });
    }

    public static UUID person(String given, String family, String country) {
        return QuarkusTransaction.requiringNew().call(() -> insertPerson(given, family, country));
    }

    private static UUID insertPerson(String given, String family, String country) {
        UUID id = UUID.randomUUID();
        em().createNativeQuery("insert into person (id, given_name, family_name, cadre, country_code, created_at) "
                        + "values (:id, :g, :f, 'psw', :c, now())")
                .setParameter("id", id).setParameter("g", given).setParameter("f", family).setParameter("c", country)
                .executeUpdate();
        return id;
    }

    /** A programme on a fresh draft framework version, run in the given countries. */
    public static UUID programme(String... countries) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String s = suffix();
            UUID framework = UUID.randomUUID();
            UUID version = UUID.randomUUID();
            UUID programme = UUID.randomUUID();
            em().createNativeQuery("insert into framework (id, code, cadre, created_at) values (:id, :code, 'psw', now())")
                    .setParameter("id", framework).setParameter("code", "T" + s.toUpperCase(Locale.ROOT))
                    .executeUpdate();
            em().createNativeQuery("insert into framework_version (id, framework_id, version, status, title, created_at) "
                            + "values (:id, :f, '1.0', 'draft', cast(:t as jsonb), now())")
                    .setParameter("id", version).setParameter("f", framework)
                    .setParameter("t", "{\"en\":\"Test framework " + s + "\"}").executeUpdate();
            em().createNativeQuery("insert into programme (id, name, framework_version_id, created_at) values (:id, :n, :v, now())")
                    .setParameter("id", programme).setParameter("n", "Test programme " + s).setParameter("v", version)
                    .executeUpdate();
            for (String c : countries) {
                em().createNativeQuery("insert into programme_country (programme_id, country_code) values (:p, :c)")
                        .setParameter("p", programme).setParameter("c", c).executeUpdate();
            }
            return programme;
        });
    }

    /** A cohort with the given trainers, written directly (no scope checks). */
    public static UUID cohort(UUID programme, String country, String zone, String venue, LocalDate from, LocalDate to,
                              int capacity, UUID... trainers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            em().createNativeQuery("insert into cohort (id, programme_id, name, country_code, venue, time_zone, language, "
                            + "starts_on, ends_on, capacity, created_at) values (:id, :p, :n, :c, :v, :z, 'en', :f, :t, :cap, now())")
                    .setParameter("id", id).setParameter("p", programme).setParameter("n", "Cohort " + suffix())
                    .setParameter("c", country).setParameter("v", venue).setParameter("z", zone)
                    .setParameter("f", from).setParameter("t", to).setParameter("cap", capacity).executeUpdate();
            for (UUID t : trainers) {
                em().createNativeQuery("insert into cohort_trainer (cohort_id, person_id) values (:c, :p)")
                        .setParameter("c", id).setParameter("p", t).executeUpdate();
            }
            return id;
        });
    }

    public static void enrol(UUID cohort, UUID person) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                        "insert into enrolment (id, cohort_id, person_id, status, enrolled_at) values (:id, :c, :p, 'enrolled', now())")
                .setParameter("id", UUID.randomUUID()).setParameter("c", cohort).setParameter("p", person).executeUpdate());
    }

    /** A session written directly (no clash check), times in the zone given. */
    public static UUID session(UUID cohort, String zone, java.time.LocalDateTime start, java.time.LocalDateTime end,
                               String venue, UUID... trainers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            java.time.ZoneId z = java.time.ZoneId.of(zone);
            em().createNativeQuery("insert into training_session (id, cohort_id, title, venue, time_zone, local_start, local_end, "
                            + "starts_at, ends_at, created_at) values (:id, :c, :t, :v, :z, :ls, :le, :sa, :ea, now())")
                    .setParameter("id", id).setParameter("c", cohort).setParameter("t", "Session " + suffix())
                    .setParameter("v", venue).setParameter("z", zone).setParameter("ls", start).setParameter("le", end)
                    .setParameter("sa", start.atZone(z).toInstant()).setParameter("ea", end.atZone(z).toInstant())
                    .executeUpdate();
            for (UUID t : trainers) {
                em().createNativeQuery("insert into session_trainer (session_id, person_id) values (:s, :p)")
                        .setParameter("s", id).setParameter("p", t).executeUpdate();
            }
            return id;
        });
    }

    /** A programme on the PSW framework loaded from curricula/, selecting the given competency codes. */
    public static UUID pswProgramme(String country, String... codes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID version = (UUID) em().createNativeQuery("select v.id from framework_version v join framework f "
                    + "on f.id = v.framework_id where f.code = 'PSW' order by v.created_at limit 1", UUID.class).getSingleResult();
            UUID programme = UUID.randomUUID();
            em().createNativeQuery("insert into programme (id, name, framework_version_id, created_at) values (:id, :n, :v, now())")
                    .setParameter("id", programme).setParameter("n", "PSW programme " + suffix()).setParameter("v", version)
                    .executeUpdate();
            em().createNativeQuery("insert into programme_country (programme_id, country_code) values (:p, :c)")
                    .setParameter("p", programme).setParameter("c", country).executeUpdate();
            for (String code : codes) {
                em().createNativeQuery("insert into programme_competency (programme_id, competency_id) "
                                + "select :p, id from competency where framework_version_id = :v and code = :code")
                        .setParameter("p", programme).setParameter("v", version).setParameter("code", code).executeUpdate();
            }
            return programme;
        });
    }
}
