package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    List<Enrolment> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by enrolledAt", cohortId);
    }

    Optional<Enrolment> of(UUID cohortId, UUID personId) {
        return find("cohortId = ?1 and personId = ?2", cohortId, personId).firstResultOptional();
    }

    List<Enrolment> ofPersons(UUID cohortId, java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : list("cohortId = ?1 and personId in ?2", cohortId, personIds);
    }

    long seatsTaken(UUID cohortId) {
        return count("cohortId = ?1 and status in ?2", cohortId, List.of(Enrolment.ENROLLED, Enrolment.COMPLETED));
    }

    Optional<Enrolment> firstWaiting(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by enrolledAt", cohortId, Enrolment.WAITLISTED)
                .firstResultOptional();
    }

    List<Enrolment> seated(UUID cohortId) {
        return list("cohortId = ?1 and status in ?2 order by enrolledAt", cohortId,
                List.of(Enrolment.ENROLLED, Enrolment.COMPLETED));
    }
}
