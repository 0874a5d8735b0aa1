package org.cadre.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

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
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l", Integer.class)
                .setParameter(1, id.getMostSignificantBits() ^ id.getLeastSignificantBits()).getSingleResult();
    }

    List<MentoringVisit> ofMentor(UUID mentorId) {
        return list("mentorId = ?1 order by date desc, createdAt desc", mentorId);
    }

    List<MentoringVisit> ofMentee(UUID personId) {
        return list("select v from MentoringVisit v join v.mentees m where m = ?1 order by v.date desc, v.createdAt desc",
                personId);
    }

    /** The last submitted visit of the mentee before (or on) a date, other than the given visit. */
    Optional<MentoringVisit> lastBefore(UUID personId, LocalDate date, UUID except) {
        return find("select v from MentoringVisit v join v.mentees m where m = ?1 and v.status = 'submitted'"
                + " and v.date <= ?2 and v.id <> ?3 order by v.date desc, v.submittedAt desc", personId, date, except)
                .firstResultOptional();
    }

    /**
     * The open action points of the mentee's last submitted visit on or before the date (other than the
     * given visit) that concern the mentee or all the visit's mentees, in their order: one query.
     */
    List<VisitApi.ActionPointView> openActionPointsOfLastVisit(UUID personId, LocalDate date, UUID except) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                        select a.id, v.id, v.visit_date, a.person_id, a.text, a.due_on, a.status
                          from (select v.id, v.visit_date from mentoring_visit v join visit_mentee m on m.visit_id = v.id
                                 where m.person_id = :person and v.status = 'submitted' and v.visit_date <= :date
                                   and v.id <> :except
                                 order by v.visit_date desc, v.submitted_at desc limit 1) v
                          join action_point a on a.visit_id = v.id
                         where a.status = 'open' and (a.person_id is null or a.person_id = :person)
                         order by a.position""", Tuple.class)
                .setParameter("person", personId).setParameter("date", date).setParameter("except", except)
                .getResultList();
        return rows.stream().map(t -> new VisitApi.ActionPointView(t.get(0, UUID.class), t.get(1, UUID.class),
                date(t.get(2)), t.get(3, UUID.class), t.get(4, String.class), date(t.get(5)), t.get(6, String.class)))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
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
