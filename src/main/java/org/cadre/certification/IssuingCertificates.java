package org.cadre.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issuing certificates to a cohort's eligible trainees (idempotent: a trainee certified in the
 * programme keeps their certificate), revoking them, and renewing them in the renewal window.
 */
@ApplicationScoped
@Transactional
public class IssuingCertificates {

    @Inject
    CertificationService certification;

    @Inject
    CertificationPolicyRepository policies;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificationScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager em;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public CertificationApi.IssueResult issue(UUID cohortId, CertificationApi.IssueRequest request) {
        CertificationScope.CohortFacts cohort = scope.writable(cohortId);
        // One issuer per cohort at a time: a second, simultaneous request waits, then finds the
        // certificates the first one made and answers them as already issued.
        em.createNativeQuery("select id from cohort where id = ?1 for update").setParameter(1, cohortId).getResultList();
        // One issuer per programme too: a trainee enrolled in two cohorts of the programme, issued from
        // both at once, gets one certificate (the second issuer finds it and answers it as already issued).
        lockProgramme(cohort.programmeId());
        CertificationService.ProgrammeFacts programme = certification.programme(cohort.programmeId());
        CertificationPolicy policy = policies.forProgramme(programme.id());
        List<UUID> only = request == null || request.personIds() == null || request.personIds().isEmpty()
                ? null : request.personIds();
        List<CertificationApi.CertificateView> issued = new ArrayList<>();
        List<CertificationApi.CertificateView> already = new ArrayList<>();
        List<CertificationApi.Eligibility> notEligible = new ArrayList<>();
        for (CertificationApi.Eligibility e : certification.evaluate(cohort, programme, policy, only)) {
            var existing = certificates.first(e.personId(), programme.id());
            if (existing.isPresent()) {
                already.add(view(existing.get(), e.name(), programme.name()));
            } else if (!e.eligible()) {
                notEligible.add(e);
            } else {
                Certificate c = create(e.personId(), cohort, programme, policy, 1, null, today(),
                        today().plusMonths(policy.validityMonths));
                issued.add(view(c, e.name(), programme.name()));
                accessLog.record(AccessLog.Action.CHANGE, "certificate", c.id, "issued " + c.number);
            }
        }
        return new CertificationApi.IssueResult(issued, already, notEligible);
    }

    private Certificate create(UUID personId, CertificationScope.CohortFacts cohort,
                               CertificationService.ProgrammeFacts programme, CertificationPolicy policy,
                               int generation, UUID previousId, LocalDate issuedOn, LocalDate expiresOn) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        int year = issuedOn.getYear();
        c.number = "%s-%d-%06d".formatted(cohort.country(), year, certificates.nextSequence(cohort.country(), year));
        c.verificationCode = VerificationCodes.next();
        c.personId = personId;
        c.programmeId = programme.id();
        c.cohortId = cohort.id();
        c.frameworkVersionId = programme.versionId();
        c.frameworkLabel = programme.frameworkLabel();
        c.competencies = CertificationService.required(policy, programme).stream()
                .map(code -> code + "\t" + programme.selected().getOrDefault(code, "").replace('\n', ' ').replace('\t', ' '))
                .collect(Collectors.joining("\n"));
        c.issuedOn = issuedOn;
        c.expiresOn = expiresOn;
        c.generation = generation;
        c.previousId = previousId;
        c.issuedBy = user.getUsername();
        c.issuedAt = Instant.now();
        certificates.persist(c);
        return c;
    }

    /** A transaction-scoped advisory lock per programme (does not block edits of the programme row). */
    private void lockProgramme(UUID programmeId) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "certificate-issuing:" + programmeId).getSingleResult();
    }

    /** A certificate the caller may manage (admin, or a master trainer of its cohort); else 404 / 403. */
    private Certificate writable(UUID id) {
        Certificate c = certificates.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Certificate " + id));
        CertificationScope.CohortFacts cohort = scope.facts(c.cohortId).orElseThrow();
        if (!scope.canRead(cohort)) {
            throw ApiProblem.notFound("Certificate " + id);
        }
        if (!scope.canWrite(cohort)) {
            throw new ApiProblem(403, "forbidden", "You may read this certificate but not change it", List.of());
        }
        return c;
    }

    public CertificationApi.CertificateView revoke(UUID id, CertificationApi.RevokeRequest request) {
        Certificate c = writable(id);
        if (c.revokedAt != null) {
            throw ApiProblem.conflict("Certificate " + c.number + " was already revoked");
        }
        c.revokedAt = Instant.now();
        c.revokedBy = user.getUsername();
        c.revokedReason = request.reason().strip();
        accessLog.record(AccessLog.Action.CHANGE, "certificate", c.id, "revoked " + c.number);
        return view(c);
    }

    /**
     * A new certificate linked to this one, once the renewal window has opened (expiry minus the
     * policy's window days), when the holder is still eligible and this is their latest certificate.
     * Its validity runs on from the old expiry (or from today when already expired).
     */
    public CertificationApi.CertificateView renew(UUID id) {
        Certificate old = writable(id);
        lockProgramme(old.programmeId);
        if (old.revokedAt != null) {
            throw ApiProblem.conflict("A revoked certificate cannot be renewed");
        }
        Certificate latest = certificates.latest(old.personId, old.programmeId).orElseThrow();
        if (!latest.id.equals(old.id)) {
            throw ApiProblem.conflict("Certificate " + old.number + " was already renewed by " + latest.number);
        }
        CertificationPolicy policy = policies.forProgramme(old.programmeId);
        LocalDate opens = old.expiresOn.minusDays(policy.renewalWindowDays);
        if (today().isBefore(opens)) {
            throw ApiProblem.conflict("Renewal opens on " + opens);
        }
        CertificationScope.CohortFacts cohort = scope.facts(old.cohortId).orElseThrow();
        CertificationService.ProgrammeFacts programme = certification.programme(old.programmeId);
        CertificationApi.Eligibility e = certification.evaluate(cohort, programme, policy, List.of(old.personId)).stream()
                .findFirst().orElseThrow(() -> ApiProblem.conflict("The holder is no longer a trainee of the cohort"));
        if (!e.eligible()) {
            throw ApiProblem.conflict("Not eligible any more: " + String.join("; ", e.reasons()));
        }
        LocalDate from = today().isAfter(old.expiresOn) ? today() : old.expiresOn;
        Certificate renewed = create(old.personId, cohort, programme, policy, old.generation + 1, old.id, today(),
                from.plusMonths(policy.validityMonths));
        accessLog.record(AccessLog.Action.CHANGE, "certificate", renewed.id, "renewed " + old.number + " as " + renewed.number);
        return view(renewed);
    }

    CertificationApi.CertificateView view(Certificate c) {
        return view(c, personName(c.personId), certification.programme(c.programmeId).name());
    }

    static CertificationApi.CertificateView view(Certificate c, String name, String programme) {
        return new CertificationApi.CertificateView(c.id, c.number, c.verificationCode, c.personId, name, c.programmeId,
                programme, c.cohortId, c.frameworkLabel, c.attested(), c.issuedOn, c.expiresOn, c.status(today()),
                c.previousId, c.revokedReason);
    }

    String personName(UUID personId) {
        return (String) em.createNativeQuery("select given_name || ' ' || family_name from person where id = ?1")
                .setParameter(1, personId).getSingleResult();
    }

    Map<UUID, String> names(List<Certificate> list) {
        Map<UUID, String> names = new java.util.HashMap<>();
        list.forEach(c -> names.computeIfAbsent(c.personId, this::personName));
        return names;
    }
}
