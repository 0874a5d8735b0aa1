package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few facts about people and enrolments that evidence needs, read with plain SQL so
 * that this feature does not reach into the internals of the people, cohort and mentoring features.
 */
@ApplicationScoped
public class PersonDirectory {

    /** A person as evidence pages show them. */
    public record PersonSummary(UUID id, String name, String countryCode) {
    }

    /** One active enrolment: the cohort, its country, its programme and the programme's framework version. */
    public record Enrolled(UUID cohortId, String cohortName, String countryCode, UUID programmeId,
                           UUID frameworkVersionId) {
    }

    @Inject
    EntityManager em;

    public Optional<PersonSummary> find(UUID personId) {
        List<?> rows = em.createNativeQuery(
                        "select id, given_name || ' ' || family_name, country_code from person where id = ?1")
                .setParameter(1, personId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] a = (Object[]) r;
            return new PersonSummary((UUID) a[0], (String) a[1], (String) a[2]);
        });
    }

    /** Enrolments that are not withdrawn, oldest cohort first. */
    public List<Enrolled> enrolments(UUID personId) {
        List<?> rows = em.createNativeQuery("""
                        select c.id, c.name, c.country_code, p.id, p.framework_version_id
                          from enrolment e join cohort c on c.id = e.cohort_id join programme p on p.id = c.programme_id
                         where e.person_id = ?1 and e.status <> 'withdrawn'
                         order by c.starts_on, c.name""")
                .setParameter(1, personId).getResultList();
        return rows.stream().map(r -> {
            Object[] a = (Object[]) r;
            return new Enrolled((UUID) a[0], (String) a[1], (String) a[2], (UUID) a[3], (UUID) a[4]);
        }).toList();
    }

    /** The competencies a programme selected (empty when it selected none, i.e. adopts the whole version). */
    public List<UUID> selection(UUID programmeId) {
        return em.createNativeQuery("select competency_id from programme_competency where programme_id = ?1", UUID.class)
                .setParameter(1, programmeId).getResultList().stream().map(UUID.class::cast).toList();
    }
}
