package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.people.PersonRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few facts about people, enrolments and mentoring that evidence needs, read with plain SQL so
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

    @Inject
    PersonRepository persons;

    /** The person the signed-in user is (person.keycloak_username), if any. */
    public Optional<UUID> personOfUser(String username) {
        return persons.linkedTo(username).map(p -> p.id);
    }

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

    public boolean isActiveMentor(UUID mentorId, UUID menteeId) {
        return count("""
                select count(*) from mentor_assignment where mentor_id = ?1 and mentee_id = ?2
                   and since <= current_date and (until is null or until > current_date)""", mentorId, menteeId) > 0;
    }

    /** Whether the person is enrolled (not withdrawn) in a cohort the trainer trains. */
    public boolean isTrainedBy(UUID trainerId, UUID personId) {
        return count("""
                select count(*) from enrolment e join cohort_trainer t on t.cohort_id = e.cohort_id
                 where t.person_id = ?1 and e.person_id = ?2 and e.status <> 'withdrawn'""", trainerId, personId) > 0;
    }

    public boolean trains(UUID trainerId, UUID cohortId) {
        return count("select count(*) from cohort_trainer where person_id = ?1 and cohort_id = ?2", trainerId, cohortId) > 0;
    }

    public Optional<String> cohortCountry(UUID cohortId) {
        List<?> rows = em.createNativeQuery("select country_code from cohort where id = ?1")
                .setParameter(1, cohortId).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    /** Whether the person lives or is enrolled in one of the countries. */
    public boolean inCountries(UUID personId, java.util.Collection<String> countries) {
        if (countries.isEmpty()) {
            return false;
        }
        List<?> rows = em.createNativeQuery("""
                        select 1 from person p where p.id = :id and (p.country_code in (:countries) or exists (
                            select 1 from enrolment e join cohort c on c.id = e.cohort_id
                             where e.person_id = p.id and c.country_code in (:countries)))""")
                .setParameter("id", personId).setParameter("countries", countries).getResultList();
        return !rows.isEmpty();
    }

    private long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
