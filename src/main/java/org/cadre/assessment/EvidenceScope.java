package org.cadre.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.security.CurrentUser;
import org.cadre.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose evidence the current user may see and whom they may rate.
 * <ul>
 *   <li>admin: everyone;</li>
 *   <li>programme manager: people of, or enrolled in cohorts of, the token's countries (read only);</li>
 *   <li>master trainer: trainees enrolled in cohorts they train (practical, observation, knowledge tests);</li>
 *   <li>mentor: their current mentees (visits);</li>
 *   <li>trainee (anyone, really): themselves (and only self-assessments of themselves).</li>
 * </ul>
 * Out of scope answers 404 at the edges, so existence does not leak.
 */
@RequestScoped
public class EvidenceScope {

    @Inject
    CurrentUser user;

    @Inject
    PersonDirectory people;

    private Optional<UUID> me;

    /** The person linked to the signed-in user. */
    public Optional<UUID> me() {
        if (me == null) {
            me = people.personOfUser(user.getUsername());
        }
        return me;
    }

    public boolean isMe(UUID personId) {
        return me().map(personId::equals).orElse(false);
    }

    public boolean canSee(UUID personId) {
        if (user.isAdmin() || isMe(personId)) {
            return true;
        }
        if (user.hasRole(Roles.MENTOR) && me().map(m -> people.isActiveMentor(m, personId)).orElse(false)) {
            return true;
        }
        if (user.hasRole(Roles.MASTER_TRAINER) && me().map(m -> people.isTrainedBy(m, personId)).orElse(false)) {
            return true;
        }
        return user.hasRole(Roles.PROGRAMME_MANAGER) && people.inCountries(personId, user.getCountries());
    }

    /** Whether the user may give a rating of this source to the person. */
    public boolean canRate(UUID personId, String source) {
        return switch (source) {
            case "self" -> isMe(personId);
            case "visit" -> user.isAdmin()
                    || user.hasRole(Roles.MENTOR) && me().map(m -> people.isActiveMentor(m, personId)).orElse(false);
            case "practical", "observation", "pre-test", "post-test", "import" -> user.isAdmin()
                    || user.hasRole(Roles.MASTER_TRAINER) && me().map(m -> people.isTrainedBy(m, personId)).orElse(false);
            default -> false;
        };
    }

    /** Whether the user may record assessments for a cohort (admin, or one of its trainers). */
    public boolean canAssessIn(UUID cohortId) {
        return user.isAdmin()
                || user.hasRole(Roles.MASTER_TRAINER) && me().map(m -> people.trains(m, cohortId)).orElse(false);
    }

    public boolean canSeeCohort(UUID cohortId) {
        if (user.isAdmin() || canAssessIn(cohortId)) {
            return true;
        }
        return user.hasRole(Roles.PROGRAMME_MANAGER)
                && people.cohortCountry(cohortId).map(user.getCountries()::contains).orElse(false);
    }

    public String username() {
        return user.getUsername();
    }
}
