package org.cadre.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.web.SqlReads;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The relations that scope depends on — who a signed-in user is, which cohorts a person trains, who
 * mentors whom, where a person lives or trains — read with plain SQL. {@link AccessPolicy} asks; the
 * features own the tables. Nothing here decides anything.
 */
@ApplicationScoped
class ScopeFacts {

    @Inject
    EntityManager em;

    Optional<UUID> personOfUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        SqlReads.Batch reads = new SqlReads.Batch();
        List<UUID> person = personOfUser(username, reads);
        reads.run(em);
        return person.stream().findFirst();
    }

    /** {@link #personOfUser(String)} as one query of the caller's batch: the list is filled when the batch runs. */
    List<UUID> personOfUser(String username, SqlReads.Batch reads) {
        return reads.add("select id from person where keycloak_username = ?", rs -> rs.getObject(1, UUID.class), username);
    }

    /** A mentor assignment (aliased {@code a}) that holds today. */
    private static final String HOLDS_TODAY = "a.since <= current_date and (a.until is null or a.until > current_date)";

    /**
     * Which of these people the signed-in user (by username, the same person as {@link #personOfUser(String)})
     * mentors today, as {@link #isActiveMentor} decides it for one: one query of the caller's batch.
     */
    List<UUID> activeMenteesOfUser(String username, Collection<UUID> people, SqlReads.Batch reads) {
        return reads.add("select a.mentee_id from mentor_assignment a join person p on p.id = a.mentor_id"
                        + " where p.keycloak_username = ? and a.mentee_id = any(?) and " + HOLDS_TODAY,
                rs -> rs.getObject(1, UUID.class), username, List.copyOf(people));
    }

    Optional<AccessPolicy.CohortFacts> cohort(UUID cohortId) {
        List<?> rows = em.createNativeQuery("select programme_id, country_code from cohort where id = ?1")
                .setParameter(1, cohortId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Set<UUID> trainers = new HashSet<>();
        em.createNativeQuery("select person_id from cohort_trainer where cohort_id = ?1", UUID.class)
                .setParameter(1, cohortId).getResultList().forEach(t -> trainers.add((UUID) t));
        return Optional.of(new AccessPolicy.CohortFacts(cohortId, (UUID) r[0], (String) r[1], trainers));
    }

    boolean trains(UUID trainerId, UUID cohortId) {
        return exists("select 1 from cohort_trainer where person_id = ? and cohort_id = ?", trainerId, cohortId);
    }

    /** Enrolled (not withdrawn) in a cohort the trainer trains. */
    boolean isTrainedBy(UUID trainerId, UUID personId) {
        return exists("""
                select 1 from enrolment e join cohort_trainer t on t.cohort_id = e.cohort_id
                 where t.person_id = ? and e.person_id = ? and e.status <> 'withdrawn'""", trainerId, personId);
    }

    /** An assignment that holds today. */
    boolean isActiveMentor(UUID mentorId, UUID menteeId) {
        return exists("select 1 from mentor_assignment a where a.mentor_id = ? and a.mentee_id = ? and " + HOLDS_TODAY,
                mentorId, menteeId);
    }

    /** Lives in, or is enrolled in a cohort of, one of the countries. */
    boolean personInCountries(UUID personId, Collection<String> countries) {
        if (countries.isEmpty()) {
            return false;
        }
        return !em.createNativeQuery("""
                        select 1 from person p where p.id = :id and (p.country_code in (:countries) or exists (
                            select 1 from enrolment e join cohort c on c.id = e.cohort_id
                             where e.person_id = p.id and c.country_code in (:countries)))""", Integer.class)
                .setParameter("id", personId).setParameter("countries", countries).getResultList().isEmpty();
    }

    /** Whether the row of the table (aliased {@code x}) with this id meets the condition. */
    boolean matches(String table, UUID id, AccessPolicy.SqlCondition condition) {
        return !condition.bind(em.createNativeQuery("select 1 from " + table + " x where x.id = :scopeId and "
                + condition.sql(), Integer.class)).setParameter("scopeId", id).getResultList().isEmpty();
    }

    static final UUID NOBODY = new UUID(0, 0);

    /** A country list that matches nothing when empty ({@code in ()} is not SQL). */
    static Collection<String> orNone(Collection<String> countries) {
        return countries.isEmpty() ? Set.of("--") : countries;
    }

    private boolean exists(String sql, Object... params) {
        return SqlReads.exists(em, sql, params);
    }
}
