package org.cadre.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One sitting of a cohort ("Session" is HTTP's word). Start and end are kept both as wall-clock time in
 * the cohort's zone and as instants: the first is what people read, the second what overlap queries and
 * calendar feeds use, and both stay right across daylight-saving changes.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    public UUID id;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(nullable = false)
    public String title;

    public String module;

    public String venue;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "local_start", nullable = false)
    public LocalDateTime localStart;

    @Column(name = "local_end", nullable = false)
    public LocalDateTime localEnd;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    public Set<UUID> trainers = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_competency", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "competency_code")
    public Set<String> competencies = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** Real elapsed minutes (an hour shorter or longer across a daylight-saving change). */
    int durationMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }
}
