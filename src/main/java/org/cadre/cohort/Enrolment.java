package org.cadre.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A person in a cohort: enrolled, on the waiting list (cohort full), withdrawn or completed. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final String ENROLLED = "enrolled";
    public static final String WAITLISTED = "waitlisted";
    public static final String WITHDRAWN = "withdrawn";
    public static final String COMPLETED = "completed";

    @Id
    public UUID id;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String status;

    /** Also the order of the waiting list. */
    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Version
    public int version;

    /** Takes a seat (and so takes attendance). */
    boolean holdsSeat() {
        return ENROLLED.equals(status) || COMPLETED.equals(status);
    }
}
