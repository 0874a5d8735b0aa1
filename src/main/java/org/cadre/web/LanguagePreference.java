package org.cadre.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The language a signed-in user chose with the switcher, kept per OIDC subject. */
@Entity
@Table(name = "user_preference")
class LanguagePreference {

    @Id
    String subject;

    @Column(nullable = false)
    String locale;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
