package org.cadre.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** The person a Keycloak user signs in as, if linked. */
    public Optional<Person> linkedTo(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return find("keycloakUsername", username).firstResultOptional();
    }

    public List<Person> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by familyName, givenName", ids);
    }

    /**
     * The persons with these ids, in no particular order (unknown ids are left out). Those the current
     * persistence context already holds, e.g. read by the cohort feature earlier in the same transaction,
     * are taken from it instead of being read again; only the others are loaded.
     */
    public List<Person> byIdsReusingLoaded(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getSession().findMultiple(Person.class, List.copyOf(ids), org.hibernate.SessionCheckMode.ENABLED,
                org.hibernate.OrderingMode.UNORDERED).stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * By name with accents and case ignored (cadre_fold: "Balti" finds "Bălți"), in the given countries
     * (null: all).
     */
    @SuppressWarnings("unchecked")
    List<Person> search(String query, Collection<String> countries, int limit) {
        return getEntityManager().createNativeQuery("""
                        select * from person
                        where cadre_fold(given_name || ' ' || family_name) like '%' || cadre_fold(:q) || '%'
                          and (:all or country_code in (:countries))
                        order by family_name, given_name limit :limit""", Person.class)
                .setParameter("q", query == null ? "" : query.strip())
                .setParameter("all", countries == null)
                .setParameter("countries", countries == null || countries.isEmpty() ? List.of("--") : countries)
                .setParameter("limit", limit)
                .getResultList();
    }
}
