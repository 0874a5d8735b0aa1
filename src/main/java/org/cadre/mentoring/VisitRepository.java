package org.cadre.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class VisitRepository implements PanacheRepositoryBase<MentoringVisit, UUID> {

    Optional<MentoringVisit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
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

    List<ActionPoint> actionPoints(UUID visitId) {
        return getEntityManager().createQuery("select a from ActionPoint a where a.visit.id = ?1 order by a.position",
                ActionPoint.class).setParameter(1, visitId).getResultList();
    }

    Optional<ActionPoint> actionPoint(UUID id) {
        return Optional.ofNullable(getEntityManager().find(ActionPoint.class, id));
    }

    boolean siteExists(UUID id) {
        return !getEntityManager().createNativeQuery("select 1 from organisation where id = ?1")
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
