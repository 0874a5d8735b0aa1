package org.cadre.cohort;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.security.CurrentUser;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which cohorts the caller sees and changes. Admins: all, read and write. Master trainers: the cohorts
 * they train (one of the cohort's trainers is the person linked to their Keycloak username), read and
 * write. Programme managers: the cohorts of the countries in their token, read only. Anything else is
 * out of scope and answers 404; a read-only cohort answers 403 to a change.
 */
@RequestScoped
public class CohortScope {

    @Inject
    CurrentUser user;

    @Inject
    PersonRepository persons;

    @Inject
    CohortRepository cohorts;

    private Optional<Person> me;

    /** The person the caller signs in as, if an admin linked one. */
    public Optional<Person> me() {
        if (me == null) {
            me = persons.linkedTo(user.getUsername());
        }
        return me;
    }

    boolean trains(Cohort c) {
        return user.hasRole(Roles.MASTER_TRAINER) && me().map(p -> c.trainers.contains(p.id)).orElse(false);
    }

    boolean canRead(Cohort c) {
        return user.isAdmin() || trains(c)
                || (user.hasRole(Roles.PROGRAMME_MANAGER) && user.getCountries().contains(c.countryCode));
    }

    boolean canWrite(Cohort c) {
        return user.isAdmin() || trains(c);
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
            throw new ApiProblem(403, "forbidden", "You may read this cohort but not change it", List.of());
        }
        return c;
    }

    /** The cohorts the caller may read, newest first. */
    List<Cohort> visible() {
        if (user.isAdmin()) {
            return cohorts.all();
        }
        Map<UUID, Cohort> result = new LinkedHashMap<>();
        if (user.hasRole(Roles.MASTER_TRAINER)) {
            me().ifPresent(p -> cohorts.trainedBy(p.id).forEach(c -> result.put(c.id, c)));
        }
        if (user.hasRole(Roles.PROGRAMME_MANAGER)) {
            cohorts.inCountries(user.getCountries()).forEach(c -> result.putIfAbsent(c.id, c));
        }
        List<Cohort> list = new ArrayList<>(result.values());
        list.sort((a, b) -> b.startsOn.compareTo(a.startsOn));
        return list;
    }
}
