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

    /**
     * The persons whose e-mail address is one of these (compared in lower case), oldest first: a
     * participant import looks up a whole file's addresses at once (chunk the list to a few thousand).
     */
    public List<Person> withEmails(Collection<String> lowerCaseEmails) {
        return lowerCaseEmails.isEmpty() ? List.of()
                : list("email is not null and lower(email) in ?1 order by createdAt, id", lowerCaseEmails);
    }

    /**
     * The persons of a country with one of these family names and one of these given names (lower case;
     * the caller keeps the exact pairs it wants), oldest first. Uses the (country, names) index.
     */
    public List<Person> namedIn(String country, Collection<String> lowerFamilyNames, Collection<String> lowerGivenNames) {
        return lowerFamilyNames.isEmpty() || lowerGivenNames.isEmpty() ? List.of()
                : list("countryCode = ?1 and lower(familyName) in ?2 and lower(givenName) in ?3 order by createdAt, id",
                country, lowerFamilyNames, lowerGivenNames);
    }

    /** The same at these organisations (the (organisation, names) index). */
    public List<Person> namedAt(Collection<UUID> organisations, Collection<String> lowerFamilyNames,
                                Collection<String> lowerGivenNames) {
        return organisations.isEmpty() || lowerFamilyNames.isEmpty() || lowerGivenNames.isEmpty() ? List.of()
                : list("organisationId in ?1 and lower(familyName) in ?2 and lower(givenName) in ?3 order by createdAt, id",
                organisations, lowerFamilyNames, lowerGivenNames);
    }
}
