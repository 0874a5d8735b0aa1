package org.cadre.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.security.AccessPolicy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The certification feature's view of {@link AccessPolicy}: a cohort's certificates are read by whoever
 * reads the cohort and issued by whoever changes it (admins, its master trainers). Out of scope answers
 * 404, read only 403.
 */
@RequestScoped
class CertificationScope {

    /** The facts about a cohort certification needs. */
    record CohortFacts(UUID id, UUID programmeId, String country, Set<UUID> trainers) {
    }

    @Inject
    AccessPolicy policy;

    Optional<UUID> me() {
        return policy.me();
    }

    Optional<CohortFacts> facts(UUID cohortId) {
        return policy.cohortFacts(cohortId).map(CertificationScope::of);
    }

    boolean canRead(CohortFacts c) {
        return policy.cohort(facts(c)).canRead();
    }

    boolean canWrite(CohortFacts c) {
        return policy.cohort(facts(c)).canChange();
    }

    /** A certificate: whoever may read its cohort's certificates, and its holder (any role) reading their own. */
    boolean canReadCertificate(CohortFacts c, UUID holderId) {
        return canRead(c) || policy.isMe(holderId);
    }

    CohortFacts readable(UUID cohortId) {
        return of(policy.readableCohort(cohortId));
    }

    CohortFacts writable(UUID cohortId) {
        return of(policy.changeableCohort(cohortId, "You may read this cohort's certificates but not issue them"));
    }

    private static CohortFacts of(AccessPolicy.CohortFacts c) {
        return new CohortFacts(c.id(), c.programmeId(), c.country(), c.trainers());
    }

    private static AccessPolicy.CohortFacts facts(CohortFacts c) {
        return new AccessPolicy.CohortFacts(c.id(), c.programmeId(), c.country(), c.trainers());
    }
}
