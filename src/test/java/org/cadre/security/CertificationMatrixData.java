package org.cadre.security;

import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Certificates the authorization matrix calls, on {@link CohortData}'s cohorts. The Benin programme asks
 * for nothing (policy 0 / 0), so its trainees are eligible and renewals are possible.
 */
final class CertificationMatrixData {

    private static CertificationMatrixData instance;

    final UUID policyProgramme;
    final UUID toRevoke;
    final UUID toRevokeByTrainer;
    final UUID toRenew;
    final UUID toRenewByTrainer;
    final UUID vnCertificate;
    final String code;
    /** Printable certificate, PDF and badge (issue 6): one of the Benin cohort, and one held by trainee.benin. */
    final UUID printable;
    final UUID traineeOwn;
    final UUID traineePerson;

    private CertificationMatrixData() {
        CohortData d = CohortData.get();
        policyProgramme = CohortFixtures.programme("BJ");
        CertificationFixtures.policy(d.programme, 0, 0, 24, 90);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        toRevoke = certificate(d, today.minusMonths(1), today.plusMonths(23));
        toRevokeByTrainer = certificate(d, today.minusMonths(1), today.plusMonths(23));
        toRenew = certificate(d, today.minusMonths(23), today.plusDays(10));
        toRenewByTrainer = certificate(d, today.minusMonths(23), today.plusDays(10));
        vnCertificate = CertificationFixtures.certificate(d.vnPerson, d.vnProgramme, d.vnCohort, today.minusMonths(23),
                today.plusDays(10));
        code = (String) CertificationFixtures.value("select verification_code from certificate where id = ?1", toRevokeByTrainer);
        printable = certificate(d, today.minusMonths(1), today.plusMonths(23));
        traineePerson = CohortFixtures.linkedPerson("trainee.benin", "BJ");
        traineeOwn = CertificationFixtures.certificate(traineePerson, d.programme, d.cohort, today.minusMonths(1),
                today.plusMonths(23));
    }

    private static UUID certificate(CohortData d, LocalDate issued, LocalDate expires) {
        UUID person = eligibleTrainee(d);
        return CertificationFixtures.certificate(person, d.programme, d.cohort, issued, expires);
    }

    /** A new trainee of the Benin cohort. */
    static UUID eligibleTrainee(CohortData d) {
        UUID person = CohortData.newTrainee();
        CohortFixtures.enrol(d.cohort, person);
        return person;
    }

    static synchronized CertificationMatrixData get() {
        if (instance == null) {
            instance = new CertificationMatrixData();
        }
        return instance;
    }
}
