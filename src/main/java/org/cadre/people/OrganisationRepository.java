package org.cadre.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** By name with accents and case ignored (cadre_fold, indexed); country optional. */
    @SuppressWarnings("unchecked")
    List<Organisation> search(String query, String country, int limit) {
        return getEntityManager().createNativeQuery("""
                        select * from organisation
                        where cadre_fold(name) like '%' || cadre_fold(:q) || '%'
                          and (cast(:country as varchar) is null or country_code = :country)
                        order by name limit :limit""", Organisation.class)
                .setParameter("q", query == null ? "" : query.strip())
                .setParameter("country", country)
                .setParameter("limit", limit)
                .getResultList();
    }

    public boolean exists(String country, String name) {
        return count("countryCode = ?1 and lower(name) = lower(?2)", country, name) > 0;
    }

    /** The organisations of a country with one of these names (lower case), oldest first. */
    public List<Organisation> namedIn(String country, java.util.Collection<String> lowerCaseNames) {
        return lowerCaseNames.isEmpty() ? List.of()
                : list("countryCode = ?1 and lower(name) in ?2 order by createdAt, id", country, lowerCaseNames);
    }
}
