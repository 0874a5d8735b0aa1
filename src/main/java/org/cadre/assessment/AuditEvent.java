package org.cadre.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of the evidence audit trail (append-only). */
@Entity
@Table(name = "evidence_audit")
public class AuditEvent {

    @Id
    public UUID id;

    /** Order of writing, set by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String detail;
}
