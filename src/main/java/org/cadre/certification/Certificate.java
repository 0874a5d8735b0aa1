package org.cadre.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A certificate a trainee earned in a programme: what it attests, until when, and whether it was revoked. */
@Entity
@Table(name = "certificate")
public class Certificate {

    static final String ACTIVE = "active";
    static final String EXPIRED = "expired";
    static final String REVOKED = "revoked";

    @Id
    public UUID id;

    /** Readable: COUNTRY-YEAR-SEQUENCE, e.g. BJ-2026-000042. */
    @Column(nullable = false, unique = true)
    public String number;

    /** Secret, for public verification. */
    @Column(name = "verification_code", nullable = false, unique = true)
    public String verificationCode;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "cohort_id", nullable = false)
    public UUID cohortId;

    @Column(name = "framework_version_id", nullable = false)
    public UUID frameworkVersionId;

    @Column(name = "framework_label", nullable = false)
    public String frameworkLabel;

    /** One attested competency a line: code, a tab, its statement in English. */
    @Column(nullable = false)
    public String competencies;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(nullable = false)
    public int generation;

    @Column(name = "previous_id")
    public UUID previousId;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Version
    public int version;

    /** Revoked, else expired once the expiry date has passed (valid through that day), else active. */
    String status(LocalDate today) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return today.isAfter(expiresOn) ? EXPIRED : ACTIVE;
    }

    List<CertificationApi.Attested> attested() {
        return Arrays.stream(competencies.split("\n")).filter(l -> !l.isBlank()).map(l -> {
            String[] parts = l.split("\t", 2);
            return new CertificationApi.Attested(parts[0], parts.length > 1 ? parts[1] : "");
        }).toList();
    }
}
