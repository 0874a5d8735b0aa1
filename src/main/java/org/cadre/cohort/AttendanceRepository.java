package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    List<Attendance> ofSession(UUID sessionId) {
        return list("sessionId", sessionId);
    }

    Optional<Attendance> of(UUID sessionId, UUID personId) {
        return find("sessionId = ?1 and personId = ?2", sessionId, personId).firstResultOptional();
    }

    List<Attendance> ofCohort(UUID cohortId) {
        return list("sessionId in (select s.id from TrainingSession s where s.cohortId = ?1)", cohortId);
    }
}
