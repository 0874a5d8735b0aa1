package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttendanceCorrectionRepository implements PanacheRepositoryBase<AttendanceCorrection, UUID> {

    List<AttendanceCorrection> ofSession(UUID sessionId) {
        return list("attendanceId in (select a.id from Attendance a where a.sessionId = ?1) order by changedAt",
                sessionId);
    }
}
