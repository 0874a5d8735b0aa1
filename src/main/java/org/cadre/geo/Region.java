package org.cadre.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A province, county, raion, department or state of a country. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    public UUID id;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}
