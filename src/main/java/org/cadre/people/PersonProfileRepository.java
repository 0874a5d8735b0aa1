package org.cadre.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonProfileRepository implements PanacheRepositoryBase<PersonProfile, UUID> {

    public Optional<PersonProfile> of(UUID personId, String kind) {
        return find("personId = ?1 and kind = ?2", personId, kind).firstResultOptional();
    }

    public List<PersonProfile> ofPerson(UUID personId) {
        return list("personId = ?1 order by kind", personId);
    }
}
