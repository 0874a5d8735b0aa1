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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A group of trainees following a programme together, in one place and time zone, with its trainers. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(nullable = false)
    public String name;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(name = "region_id")
    public UUID regionId;

    public String venue;

    /** IANA zone id: sessions are planned in this zone's wall-clock time. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String language;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "person_id")
    public Set<UUID> trainers = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
