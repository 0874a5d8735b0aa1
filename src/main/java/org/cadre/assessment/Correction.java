package org.cadre.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A recorded correction of evidence (a rating or a submitted visit): who, when, before, after and why. */
@Entity
@Table(name = "correction")
public class Correction {

    @Id
    public UUID id;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "corrected_by", nullable = false)
    public String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;

    @Column(name = "before_value", nullable = false)
    public String beforeValue;

    @Column(name = "after_value", nullable = false)
    public String afterValue;

    @Column(nullable = false)
    public String reason;
}
