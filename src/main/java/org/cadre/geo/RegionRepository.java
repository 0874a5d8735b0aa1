package org.cadre.geo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {

    public List<Region> ofCountry(String countryCode) {
        return list("countryCode = ?1 order by name", countryCode);
    }

    boolean exists(String countryCode, String name) {
        return count("countryCode = ?1 and lower(name) = lower(?2)", countryCode, name) > 0;
    }
}
