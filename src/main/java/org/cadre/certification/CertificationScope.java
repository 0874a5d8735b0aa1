package org.cadre.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.assessment.PersonDirectory;
import org.cadre.security.CurrentUser;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and issue certificates of a cohort: admins everything; master trainers the cohorts they
 * train (read and issue); programme managers the cohorts of their countries (read only). Out of scope
 * answers 404, read-only 403 — the same rules as the cohort feature, read with plain SQL.
 */
@RequestScoped
class CertificationScope {

    /** The facts about a cohort certification needs. */
    record CohortFacts(UUID id, UUID programmeId, String country, Set<UUID> trainers) {
    }

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    PersonDirectory people;

    private Optional<UUID> me;

    Optional<UUID> me() {
        if (me == null) {
            me = people.personOfUser(user.getUsername());
        }
        return me;
    }

    Optional<CohortFacts> facts(UUID cohortId) {
        List<?> rows = em.createNativeQuery("select programme_id, country_code from cohort where id = ?1")
                .setParameter(1, cohortId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Set<UUID> trainers = new HashSet<>();
        em.createNativeQuery("select person_id from cohort_trainer where cohort_id = ?1", UUID.class)
                .setParameter(1, cohortId).getResultList().forEach(t -> trainers.add((UUID) t));
        return Optional.of(new CohortFacts(cohortId, (UUID) r[0], (String) r[1], trainers));
    }

    boolean canRead(CohortFacts c) {
        return user.isAdmin() || trains(c)
                || (user.hasRole(Roles.PROGRAMME_MANAGER) && user.getCountries().contains(c.country()));
    }

    boolean canWrite(CohortFacts c) {
        return user.isAdmin() || trains(c);
    }

    /** A certificate: whoever may read its cohort's certificates, and its holder (any role) reading their own. */
    boolean canReadCertificate(CohortFacts c, UUID holderId) {
        return canRead(c) || me().map(holderId::equals).orElse(false);
    }

    private boolean trains(CohortFacts c) {
        return user.hasRole(Roles.MASTER_TRAINER) && me().map(c.trainers()::contains).orElse(false);
    }

    CohortFacts readable(UUID cohortId) {
        CohortFacts c = facts(cohortId).orElseThrow(() -> ApiProblem.notFound("Cohort " + cohortId));
        if (!canRead(c)) {
            throw ApiProblem.notFound("Cohort " + cohortId);
        }
        return c;
    }

    CohortFacts writable(UUID cohortId) {
        CohortFacts c = readable(cohortId);
        if (!canWrite(c)) {
            throw new ApiProblem(403, "forbidden", "You may read this cohort's certificates but not issue them", List.of());
        }
        return c;
    }
}
