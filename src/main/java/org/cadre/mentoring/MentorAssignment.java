package org.cadre.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A mentor follows a mentee from {@code since} until (exclusive) {@code until}, or for now. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

    @Id
    public UUID id;

    @Column(name = "mentor_id", nullable = false)
    public UUID mentorId;

    @Column(name = "mentee_id", nullable = false)
    public UUID menteeId;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
