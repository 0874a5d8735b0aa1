package org.cadre.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.security.AccessPolicy;

import java.util.Optional;
import java.util.UUID;

/**
 * The evidence feature's view of {@link AccessPolicy}: whose evidence the caller sees (admins all,
 * programme managers people of their countries, master trainers their trainees, mentors their active
 * mentees, everyone themselves) and whom they may rate from which source. Out of scope answers 404.
 */
@RequestScoped
public class EvidenceScope {

    @Inject
    AccessPolicy policy;

    /** The person linked to the signed-in user. */
    public Optional<UUID> me() {
        return policy.me();
    }

    public boolean isMe(UUID personId) {
        return policy.isMe(personId);
    }

    public boolean canSee(UUID personId) {
        return policy.maySeePerson(personId);
    }

    /** Whether the user may give a rating of this source to the person. */
    public boolean canRate(UUID personId, String source) {
        return policy.mayRate(personId, source);
    }

    /** Whether the user may record assessments for a cohort (admin, or one of its trainers). */
    public boolean canAssessIn(UUID cohortId) {
        return policy.cohort(cohortId).canChange();
    }

    public boolean canSeeCohort(UUID cohortId) {
        return policy.cohort(cohortId).canRead();
    }

    public String username() {
        return policy.username();
    }
}
