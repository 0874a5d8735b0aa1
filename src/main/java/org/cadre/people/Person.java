package org.cadre.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A member of the workforce (trainee, trainer, mentor, manager), optionally linked to a Keycloak user. */
@Entity
@Table(name = "person")
public class Person {

    /** The cadres Cadre knows, as stored. */
    public static final java.util.List<String> CADRES = java.util.List.of(
            "psw", "cycw", "cdw", "social-worker", "manager", "other");

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(nullable = false)
    public String cadre;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "region_id")
    public UUID regionId;

    public String email;

    public String phone;

    @Column(name = "keycloak_username")
    public String keycloakUsername;

    @Column(name = "keycloak_subject")
    public String keycloakSubject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    public String fullName() {
        return givenName + " " + familyName;
    }
}
