package org.cadre.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A knowledge test (pre or post, scored) or a practical, observation or self-assessment of one person. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    /** pre-test, post-test, practical, observation or self. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "framework_version_id")
    public UUID frameworkVersionId;

    @Column(name = "assessor_username", nullable = false)
    public String assessorUsername;

    @Column(name = "assessor_person_id")
    public UUID assessorPersonId;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(precision = 7, scale = 2)
    public BigDecimal score;

    @Column(name = "max_score", precision = 7, scale = 2)
    public BigDecimal maxScore;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
