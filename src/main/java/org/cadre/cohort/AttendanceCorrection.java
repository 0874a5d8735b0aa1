package org.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The audit trail of attendance: one row per change after the first recording (who, when, before,
 * after). Written by {@link RecordingAttendance} in the same transaction as the change, and never
 * updated; a plain table rather than Envers so that it can be read and reported with simple SQL.
 */
@Entity
@Table(name = "attendance_correction")
public class AttendanceCorrection {

    @Id
    public UUID id;

    @Column(name = "attendance_id", nullable = false)
    public UUID attendanceId;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "before_status", nullable = false)
    public String beforeStatus;

    @Column(name = "before_minutes", nullable = false)
    public int beforeMinutes;

    @Column(name = "after_status", nullable = false)
    public String afterStatus;

    @Column(name = "after_minutes", nullable = false)
    public int afterMinutes;
}
