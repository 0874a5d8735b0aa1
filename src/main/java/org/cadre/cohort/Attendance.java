package org.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Whether, and for how long, an enrolee attended a session. */
@Entity
@Table(name = "attendance")
public class Attendance {

    public static final List<String> STATUSES = List.of("present", "late", "absent", "excused");

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public int version;
}
