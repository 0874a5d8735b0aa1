package org.cadre.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One piece of evidence: a level of the scale given to a person for a competency. Never changed. */
@Entity
@Table(name = "rating")
public class Rating {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "framework_version_id", nullable = false)
    public UUID frameworkVersionId;

    @Column(nullable = false)
    public int level;

    /** visit, practical, observation, self or import. */
    @Column(nullable = false)
    public String source;

    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "rater_username", nullable = false)
    public String raterUsername;

    @Column(name = "rater_person_id")
    public UUID raterPersonId;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(nullable = false)
    public String note = "";
}
