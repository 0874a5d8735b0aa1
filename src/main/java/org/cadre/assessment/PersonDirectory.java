package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.web.SqlReads;

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
        SqlReads.Batch reads = new SqlReads.Batch();
        Map<UUID, String> names = names(personIds, reads);
        reads.run(em);
        return names;
    }

    /** {@link #names(Collection)} as one query of the caller's batch: the map is filled when the batch runs. */
    public Map<UUID, String> names(Collection<UUID> personIds, SqlReads.Batch reads) {
        Map<UUID, String> names = new HashMap<>();
        if (!personIds.isEmpty()) {
            reads.add("select id, given_name || ' ' || family_name from person where id = any(?)",
                    rs -> names.put(rs.getObject(1, UUID.class), rs.getString(2)), personIds);
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
        SqlReads.Batch reads = new SqlReads.Batch();
        Map<UUID, List<EnrolledWithSelection>> of = enrolmentsWithSelection(personIds, reads);
        reads.run(em);
        return of;
    }

    /** {@link #enrolmentsWithSelection(Collection)} as one query of the caller's batch, filled when it runs. */
    public Map<UUID, List<EnrolledWithSelection>> enrolmentsWithSelection(Collection<UUID> personIds, SqlReads.Batch reads) {
        Map<UUID, List<EnrolledWithSelection>> of = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return of;
        }
        reads.add("""
                        select e.person_id, c.id, c.name, c.country_code, p.id, p.framework_version_id,
                               (select string_agg(pc.competency_id::text, ',') from programme_competency pc
                                 where pc.programme_id = p.id)
                          from enrolment e join cohort c on c.id = e.cohort_id join programme p on p.id = c.programme_id
                         where e.person_id = any(?) and e.status <> 'withdrawn'
                         order by c.starts_on, c.name""", rs -> {
                    String selection = rs.getString(7);
                    List<UUID> selected = selection == null ? List.of()
                            : java.util.Arrays.stream(selection.split(",")).map(UUID::fromString).toList();
                    return of.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new EnrolledWithSelection(new Enrolled(rs.getObject(2, UUID.class), rs.getString(3),
                                    rs.getString(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class)), selected));
                }, personIds);
        return of;
    }
}
