package org.cadre.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.web.ApiProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lists of certificates per cohort and per programme, and the public check of one certificate by its code. */
@ApplicationScoped
@Transactional
public class CertificateRegister {

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificationService certification;

    @Inject
    IssuingCertificates issuing;

    @Inject
    CertificationScope scope;

    @Inject
    AccessLog accessLog;

    public List<CertificationApi.CertificateView> ofCohort(UUID cohortId) {
        CertificationScope.CohortFacts cohort = scope.readable(cohortId);
        accessLog.record(AccessLog.Action.READ, "cohort", cohortId, "certificate register");
        return views(certificates.ofCohort(cohort.id()), certification.programme(cohort.programmeId()).name());
    }

    /** The programme's certificates in the caller's cohorts (all for an admin). */
    public List<CertificationApi.CertificateView> ofProgramme(UUID programmeId) {
        String programme = certification.programme(programmeId).name();
        accessLog.record(AccessLog.Action.READ, "programme", programmeId, "certificate register");
        Map<UUID, Boolean> readable = new java.util.HashMap<>();
        List<Certificate> list = certificates.ofProgramme(programmeId).stream()
                .filter(c -> readable.computeIfAbsent(c.cohortId,
                        id -> scope.facts(id).map(scope::canRead).orElse(false)))
                .toList();
        return views(list, programme);
    }

    private List<CertificationApi.CertificateView> views(List<Certificate> list, String programme) {
        Map<UUID, String> names = issuing.names(list);
        return list.stream().map(c -> IssuingCertificates.view(c, names.get(c.personId), programme)).toList();
    }

    /** What the holder's certificate shows, for anyone with its code; unknown codes are simply not found. */
    public CertificationApi.Verification verify(String code) {
        Certificate c = certificates.byCode(VerificationCodes.normalise(code))
                .orElseThrow(() -> ApiProblem.notFound("Certificate"));
        return new CertificationApi.Verification(issuing.personName(c.personId),
                certification.programme(c.programmeId).name(), c.attested(), c.issuedOn, c.expiresOn,
                c.status(IssuingCertificates.today()));
    }
}
