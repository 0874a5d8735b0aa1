package org.cadre.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cadre.web.SqlReads;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VisitRepository implements PanacheRepositoryBase<MentoringVisit, UUID> {

    Optional<MentoringVisit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A transaction-scoped lock on a visit id, whether or not the visit exists yet. */
    void lockId(UUID id) {
        SqlReads.list(getEntityManager(), "select 1 from (select pg_advisory_xact_lock(?)) l", rs -> 1,
                id.getMostSignificantBits() ^ id.getLeastSignificantBits());
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
     * given visit) that concern the mentee or all the visit's mentees, in their order: one query.
     */
    List<VisitApi.ActionPointView> openActionPointsOfLastVisit(UUID personId, LocalDate date, UUID except) {
        return SqlReads.list(getEntityManager(), """
                        select a.id, v.id, v.visit_date, a.person_id, a.text, a.due_on, a.status
                          from (select v.id, v.visit_date from mentoring_visit v join visit_mentee m on m.visit_id = v.id
                                 where m.person_id = ? and v.status = 'submitted' and v.visit_date <= ? and v.id <> ?
                                 order by v.visit_date desc, v.submitted_at desc limit 1) v
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
