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

    /** By name with accents and case ignored ("Balti" finds "Bălți", "Quang Ninh" finds "Quảng Ninh"). */
    @SuppressWarnings("unchecked")
    public List<Region> search(String query, int limit) {
        return getEntityManager().createNativeQuery("""
                        select * from region where cadre_fold(name) like '%' || cadre_fold(:q) || '%'
                        order by country_code, name limit :limit""", Region.class)
                .setParameter("q", query == null ? "" : query.strip())
                .setParameter("limit", limit)
                .getResultList();
    }

    boolean exists(String countryCode, String name) {
        return count("countryCode = ?1 and lower(name) = lower(?2)", countryCode, name) > 0;
    }
}
