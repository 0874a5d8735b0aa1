package org.cadre.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A ministry, NGO, child protection centre, social work centre or school of social work. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** The kinds of organisation Cadre knows, as stored. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "ministry", "ngo", "child-protection-centre", "social-work-centre", "school-of-social-work", "other");

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(name = "region_id")
    public UUID regionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
