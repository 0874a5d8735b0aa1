package org.cadre.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A programme: one published framework version adopted for some countries, with the competencies it
 * selected from that version (frameworks are menus each country adapts). Cohorts, reports and
 * certificates of the programme use this selection.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "framework_version_id", nullable = false)
    public UUID frameworkVersionId;

    /** ISO 3166-1 alpha-2 codes, upper case. */
    @ElementCollection
    @CollectionTable(name = "programme_country", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "country_code", nullable = false)
    public Set<String> countries = new LinkedHashSet<>();

    /** Ids of the selected competencies; all belong to {@link #frameworkVersionId}. */
    @ElementCollection
    @CollectionTable(name = "programme_competency", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "competency_id", nullable = false)
    public Set<UUID> competencyIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
