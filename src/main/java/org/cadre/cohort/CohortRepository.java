package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    List<Cohort> all() {
        return list("order by startsOn desc, name");
    }

    List<Cohort> trainedBy(UUID personId) {
        return list("select c from Cohort c where ?1 member of c.trainers order by c.startsOn desc, c.name", personId);
    }

    List<Cohort> inCountries(Collection<String> countries) {
        return countries.isEmpty() ? List.of() : list("countryCode in ?1 order by startsOn desc, name", countries);
    }

    /** The cohort row locked for the rest of the transaction: enrolments of one cohort queue here. */
    Optional<Cohort> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
