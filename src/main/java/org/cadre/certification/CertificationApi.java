package org.cadre.certification;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the certification API. */
public final class CertificationApi {

    private CertificationApi() {
    }

    /** A programme's policy; {@code defaults} tells that none was set. requiredCompetencies null = all selected. */
    record PolicyView(UUID programmeId, BigDecimal minAttendancePercent, List<String> requiredCompetencies,
                      List<String> effectiveCompetencies, BigDecimal minPostTestPercent, int validityMonths,
                      int renewalWindowDays, boolean defaults) {
    }

    record PolicyRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minAttendancePercent,
            List<@NotBlank @Size(max = 40) String> requiredCompetencies,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minPostTestPercent,
            @Min(1) @Max(240) int validityMonths,
            @Min(0) @Max(3650) int renewalWindowDays) {
    }

    record Eligibility(UUID personId, String name, boolean eligible, BigDecimal attendancePercent,
                       BigDecimal postTestPercent, List<String> notProficient, List<String> reasons) {
    }

    record CohortEligibility(UUID cohortId, UUID programmeId, PolicyView policy, List<Eligibility> trainees) {
    }

    record IssueRequest(List<UUID> personIds) {
    }

    public record Attested(String code, String statement) {
    }

    public record CertificateView(UUID id, String number, String verificationCode, UUID personId, String name,
                           UUID programmeId, String programme, UUID cohortId, String framework,
                           List<Attested> competencies, LocalDate issuedOn, LocalDate expiresOn, String status,
                           UUID previousId, String revokedReason) {
    }

    /** The outcome of issuing: new certificates, those that already existed, and who is not eligible and why. */
    record IssueResult(List<CertificateView> issued, List<CertificateView> alreadyIssued,
                       List<Eligibility> notEligible) {
    }

    record RevokeRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** What anyone with the code may see: nothing beyond what the certificate itself shows. */
    public record Verification(String name, String programme, List<Attested> competencies, LocalDate issuedOn,
                        LocalDate validUntil, String status) {
    }
}
