package org.cadre.programme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    public List<Programme> allByName() {
        return list("order by name");
    }

    /** Programmes run in at least one of the given countries. */
    public List<Programme> inCountries(Collection<String> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        return list("select distinct p from Programme p join p.countries c where c in ?1 order by p.name", countries);
    }

    public boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name) > 0;
    }
}
