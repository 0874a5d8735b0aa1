package org.cadre.cohort;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.people.PersonRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The cohort feature's view of {@link AccessPolicy}: which cohorts the caller reads and changes
 * (admins all; master trainers the cohorts they train; programme managers read their countries'
 * cohorts). Out of scope answers 404; a read-only cohort answers 403 to a change.
 */
@RequestScoped
public class CohortScope {

    @Inject
    AccessPolicy policy;

    @Inject
    CohortRepository cohorts;

    /** The person the caller signs in as, if an admin linked one. */
    public Optional<UUID> me() {
        return policy.me();
    }

    private AccessPolicy.Access access(Cohort c) {
        return policy.cohort(new AccessPolicy.CohortFacts(c.id, c.programmeId, c.countryCode, c.trainers));
    }

    boolean canRead(Cohort c) {
        return access(c).canRead();
    }

    boolean canWrite(Cohort c) {
        return access(c).canChange();
    }

    Cohort readable(UUID id) {
        Cohort c = cohorts.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Cohort " + id));
        if (!canRead(c)) {
            throw ApiProblem.notFound("Cohort " + id);
        }
        return c;
    }

    Cohort writable(UUID id) {
        Cohort c = readable(id);
        if (!canWrite(c)) {
            throw AccessPolicy.forbidden("You may read this cohort but not change it");
        }
        return c;
    }

    /** The cohorts the caller may read, newest first. */
    List<Cohort> visible() {
        if (policy.seesEverything()) {
            return cohorts.all();
        }
        Map<UUID, Cohort> result = new LinkedHashMap<>();
        policy.trainerMe().ifPresent(me -> cohorts.trainedBy(me).forEach(c -> result.put(c.id, c)));
        if (!policy.managedCountries().isEmpty()) {
            cohorts.inCountries(policy.managedCountries()).forEach(c -> result.putIfAbsent(c.id, c));
        }
        List<Cohort> list = new ArrayList<>(result.values());
        list.sort((a, b) -> b.startsOn.compareTo(a.startsOn));
        return list;
    }
}
