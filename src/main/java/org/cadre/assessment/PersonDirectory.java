package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Display names ("given family") of these people, in one query; unknown ids are left out. */
    public Map<UUID, String> names(Collection<UUID> personIds) {
        Map<UUID, String> names = new HashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select id, given_name || ' ' || family_name from person where id in (:ids)",
                Tuple.class).setParameter("ids", personIds).getResultList();
        for (Tuple t : rows) {
            names.put(t.get(0, UUID.class), t.get(1, String.class));
        }
        return names;
    }

    /** An enrolment with its programme's selection (empty: the programme adopts the whole version). */
    public record EnrolledWithSelection(Enrolled enrolled, List<UUID> selection) {
    }

    /**
     * What {@link #enrolments} and {@link #selection} say, for several people in one query: each person's
     * active enrolments (same order) with their programme's selection. People without any are left out.
     */
    public Map<UUID, List<EnrolledWithSelection>> enrolmentsWithSelection(Collection<UUID> personIds) {
        Map<UUID, List<EnrolledWithSelection>> of = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return of;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        select e.person_id, c.id, c.name, c.country_code, p.id, p.framework_version_id,
                               (select string_agg(pc.competency_id::text, ',') from programme_competency pc
                                 where pc.programme_id = p.id)
                          from enrolment e join cohort c on c.id = e.cohort_id join programme p on p.id = c.programme_id
                         where e.person_id in (:ids) and e.status <> 'withdrawn'
                         order by c.starts_on, c.name""", Tuple.class)
                .setParameter("ids", personIds).getResultList();
        for (Tuple t : rows) {
            String selection = t.get(6, String.class);
            List<UUID> selected = selection == null ? List.of()
                    : java.util.Arrays.stream(selection.split(",")).map(UUID::fromString).toList();
            of.computeIfAbsent(t.get(0, UUID.class), k -> new java.util.ArrayList<>()).add(new EnrolledWithSelection(
                    new Enrolled(t.get(1, UUID.class), t.get(2, String.class), t.get(3, String.class),
                            t.get(4, UUID.class), t.get(5, UUID.class)), selected));
        }
        return of;
    }
}
