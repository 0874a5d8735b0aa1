package org.cadre.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What a programme asks of a trainee before certifying them, and how long a certificate lasts. A
 * programme without a row uses {@link #defaults(UUID)}.
 */
@Entity
@Table(name = "certification_policy")
public class CertificationPolicy {

    static final BigDecimal DEFAULT_MIN_ATTENDANCE = new BigDecimal("80");
    static final BigDecimal DEFAULT_MIN_POST_TEST = new BigDecimal("60");
    static final int DEFAULT_VALIDITY_MONTHS = 24;
    static final int DEFAULT_RENEWAL_WINDOW_DAYS = 90;

    @Id
    @Column(name = "programme_id")
    public UUID programmeId;

    /** Percent of counted sessions attended (present or late). */
    @Column(name = "min_attendance", nullable = false)
    public BigDecimal minAttendance;

    /** Competency codes separated by commas; null means every competency the programme selected. */
    @Column(name = "required_codes")
    public String requiredCodes;

    /** Percent on the latest post-test; 0 means no post-test is needed. */
    @Column(name = "min_post_test", nullable = false)
    public BigDecimal minPostTest;

    @Column(name = "validity_months", nullable = false)
    public int validityMonths;

    /** How many days before expiry a certificate may be renewed. */
    @Column(name = "renewal_window_days", nullable = false)
    public int renewalWindowDays;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    static CertificationPolicy defaults(UUID programmeId) {
        CertificationPolicy p = new CertificationPolicy();
        p.programmeId = programmeId;
        p.minAttendance = DEFAULT_MIN_ATTENDANCE;
        p.minPostTest = DEFAULT_MIN_POST_TEST;
        p.validityMonths = DEFAULT_VALIDITY_MONTHS;
        p.renewalWindowDays = DEFAULT_RENEWAL_WINDOW_DAYS;
        return p;
    }

    /** The named subset, or null when all selected competencies are required. */
    List<String> requiredCodeList() {
        return requiredCodes == null ? null
                : Arrays.stream(requiredCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
