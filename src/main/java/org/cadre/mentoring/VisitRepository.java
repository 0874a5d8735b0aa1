package org.cadre.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cadre.web.SqlReads;
import org.cadre.web.SqlWrites;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VisitRepository implements PanacheRepositoryBase<MentoringVisit, UUID> {

    Optional<MentoringVisit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Takes a transaction-scoped lock on the id (whether or not the visit exists yet), then answers whether a
     * visit has this id (the list is not empty once the caller's batch has run): two queries of the batch. The
     * second sees the data as of after the lock was granted (in READ COMMITTED each query of the batch takes its
     * snapshot when it starts), so a copy of the same new visit that waited finds the one just committed.
     */
    List<Integer> lockAndExists(UUID id, SqlReads.Batch reads) {
        reads.add("select 1 from (select pg_advisory_xact_lock(?)) l", rs -> 1, lockKey(id));
        return reads.add("select 1 from mentoring_visit where id = ?", rs -> 1, id);
    }

    private static long lockKey(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    /**
     * The rows of a new visit (the visit, its mentees, observations and action points), added to the caller's
     * one-round-trip inserts: the same rows persisting the entity writes.
     */
    void insert(MentoringVisit v, SqlWrites writes) {
        writes.insert("mentoring_visit", List.of("id", "mentor_id", "visit_date", "site_id", "mode", "status",
                        "framework_version_id", "strengths", "created_by", "created_at", "updated_at", "submitted_at", "version"),
                v.id, v.mentorId, v.date, v.siteId, v.mode, v.status, v.frameworkVersionId, v.strengths, v.createdBy,
                v.createdAt, v.updatedAt, v.submittedAt, v.version);
        for (UUID mentee : v.mentees) {
            writes.insert("visit_mentee", List.of("visit_id", "person_id"), v.id, mentee);
        }
        for (Observation o : v.observations) {
            writes.insert("visit_observation", List.of("id", "visit_id", "person_id", "competency_id", "level", "note"),
                    o.id, v.id, o.personId, o.competencyId, o.level, o.note);
        }
        for (ActionPoint a : v.actionPoints) {
            writes.insert("action_point", List.of("id", "visit_id", "person_id", "text", "due_on", "status", "position",
                    "version"), a.id, v.id, a.personId, a.text, a.dueOn, a.status, a.position, a.version);
        }
    }

    List<MentoringVisit> ofMentor(UUID mentorId) {
        return list("mentorId = ?1 order by date desc, createdAt desc", mentorId);
    }

    List<MentoringVisit> ofMentee(UUID personId) {
        return list("select v from MentoringVisit v join v.mentees m where m = ?1 order by v.date desc, v.createdAt desc",
                personId);
    }

    /**
     * The open action points of the mentee's last submitted visit on or before the date (other than the
     * given visit) that concern the mentee or all the visit's mentees, in their order: one query, which finds the
     * last visit in one entry of an index of the mentee rows (V95), however long the mentee's history.
     */
    List<VisitApi.ActionPointView> openActionPointsOfLastVisit(UUID personId, LocalDate date, UUID except) {
        SqlReads.Batch reads = new SqlReads.Batch();
        List<VisitApi.ActionPointView> points = openActionPointsOfLastVisit(personId, date, except, reads);
        reads.run(getEntityManager());
        return points;
    }

    /** {@link #openActionPointsOfLastVisit(UUID, LocalDate, UUID)} as one query of the caller's batch, filled when it runs. */
    List<VisitApi.ActionPointView> openActionPointsOfLastVisit(UUID personId, LocalDate date, UUID except, SqlReads.Batch reads) {
        return reads.add("""
                        select a.id, v.id, v.visit_date, a.person_id, a.text, a.due_on, a.status
                          from (select m.visit_id as id, m.visit_date from visit_mentee m
                                 where m.person_id = ? and m.submitted and m.visit_date <= ? and m.visit_id <> ?
                                 order by m.visit_date desc, m.submitted_at desc limit 1) v
                          join action_point a on a.visit_id = v.id
                         where a.status = 'open' and (a.person_id is null or a.person_id = ?)
                         order by a.position""",
                rs -> new VisitApi.ActionPointView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)),
                personId, date, except, personId);
    }

    List<ActionPoint> actionPoints(UUID visitId) {
        return getEntityManager().createQuery("select a from ActionPoint a where a.visit.id = ?1 order by a.position",
                ActionPoint.class).setParameter(1, visitId).getResultList();
    }

    Optional<ActionPoint> actionPoint(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ActionPoint.class, id));
    }

    boolean siteExists(UUID id) {
        return !getEntityManager().createNativeQuery("select 1 from organisation where id = ?1", Integer.class)
                .setParameter(1, id).getResultList().isEmpty();
    }

    /** Organisations of a country, as sites a visit may take place at. */
    List<Object[]> sitesIn(String countryCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select id, name from organisation where country_code = ?1 order by name")
                .setParameter(1, countryCode).getResultList();
        return rows;
    }
}
