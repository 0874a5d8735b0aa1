package org.cadre.mentoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A supervision visit. Its id is chosen by the client. A draft changes freely (with optimistic
 * locking on {@link #version}); once submitted, its observations are evidence and it changes only
 * through a recorded correction.
 */
@Entity
@Table(name = "mentoring_visit")
public class MentoringVisit {

    public static final List<String> MODES = List.of("on-site", "remote", "group");

    @Id
    public UUID id;

    @Column(name = "mentor_id", nullable = false)
    public UUID mentorId;

    @Column(name = "visit_date", nullable = false)
    public LocalDate date;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(nullable = false)
    public String mode;

    /** draft or submitted. */
    @Column(nullable = false)
    public String status;

    @Column(name = "framework_version_id", nullable = false)
    public UUID frameworkVersionId;

    @Column(nullable = false)
    public String strengths = "";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Managed by the service (not JPA's @Version): the visit's children count as part of it. */
    @Column(nullable = false)
    public int version;

    @ElementCollection
    @CollectionTable(name = "visit_mentee", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "person_id", nullable = false)
    public Set<UUID> mentees = new LinkedHashSet<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("personId, competencyId")
    public List<Observation> observations = new ArrayList<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ActionPoint> actionPoints = new ArrayList<>();

    public boolean isSubmitted() {
        return "submitted".equals(status);
    }
}
