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

    /** What a participant import needs to know of a person to match a row to them. */
    public record Match(UUID id, String countryCode, UUID organisationId, String familyName, String givenName,
                        String email, String phone, java.time.Instant createdAt) {
    }

    /**
     * In one statement, every person with one of these ids, one of these e-mail addresses (lower case), one
     * of these (country, family name, given name) or one of these (organisation, family name, given name)
     * triples (names in lower case), oldest first. The lists are bound as arrays, so a 10,000-row file is
     * one round trip whose plan probes the (lower(email)), (country, names) and (organisation, names) indexes.
     */
    public List<Match> matching(Collection<UUID> ids, Collection<String> lowerCaseEmails, List<String[]> inCountry,
                                List<Object[]> atOrganisation) {
        flush();
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("""
                    select p.id, p.country_code, p.organisation_id, p.family_name, p.given_name, p.email, p.phone, p.created_at
                      from person p where p.id = any(?)
                    union
                    select p.id, p.country_code, p.organisation_id, p.family_name, p.given_name, p.email, p.phone, p.created_at
                      from person p where p.email is not null and lower(p.email) = any(?)
                    union
                    select p.id, p.country_code, p.organisation_id, p.family_name, p.given_name, p.email, p.phone, p.created_at
                      from unnest(?::varchar[], ?::text[], ?::text[]) k(country, family, given)
                      join person p on p.country_code = k.country and lower(p.family_name) = k.family
                                   and lower(p.given_name) = k.given
                    union
                    select p.id, p.country_code, p.organisation_id, p.family_name, p.given_name, p.email, p.phone, p.created_at
                      from unnest(?::uuid[], ?::text[], ?::text[]) k(organisation, family, given)
                      join person p on p.organisation_id = k.organisation and lower(p.family_name) = k.family
                                   and lower(p.given_name) = k.given
                    order by 8, 1""")) {
                st.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                st.setArray(2, connection.createArrayOf("text", lowerCaseEmails.toArray()));
                st.setArray(3, connection.createArrayOf("varchar", inCountry.stream().map(k -> k[0]).toArray()));
                st.setArray(4, connection.createArrayOf("text", inCountry.stream().map(k -> k[1]).toArray()));
                st.setArray(5, connection.createArrayOf("text", inCountry.stream().map(k -> k[2]).toArray()));
                st.setArray(6, connection.createArrayOf("uuid", atOrganisation.stream().map(k -> k[0]).toArray()));
                st.setArray(7, connection.createArrayOf("text", atOrganisation.stream().map(k -> k[1]).toArray()));
                st.setArray(8, connection.createArrayOf("text", atOrganisation.stream().map(k -> k[2]).toArray()));
                List<Match> found = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Match(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getObject(8, java.time.OffsetDateTime.class).toInstant()));
                    }
                }
                return found;
            }
        });
    }

    /** The country and name of each of these persons that exists (one statement, ids bound as an array). */
    public java.util.Map<UUID, Match> briefly(Collection<UUID> ids) {
        flush();
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement(
                    "select id, country_code, family_name, given_name from person where id = any(?)")) {
                st.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                java.util.Map<UUID, Match> found = new java.util.HashMap<>();
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        found.put(id, new Match(id, rs.getString(2), null, rs.getString(3), rs.getString(4), null, null, null));
                    }
                }
                return found;
            }
        });
    }
}
