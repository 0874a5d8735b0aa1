package org.cadre.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.geo.Countries;
import org.cadre.geo.Region;
import org.cadre.geo.RegionRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Organisations, persons and their profiles. Who sees which person: admins everyone; programme managers
 * and master trainers the persons of the countries in their token (they enrol and follow them); others
 * nobody (the resource refuses them by role). Out of scope answers 404.
 */
@ApplicationScoped
@Transactional
public class PeopleService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    PersonRepository persons;

    @Inject
    PersonProfileRepository profiles;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    // ── organisations ──

    public Organisation createOrganisation(String name, String kind, String country, UUID regionId) {
        String code = knownCountry(country);
        if (!Organisation.KINDS.contains(kind)) {
            throw ApiProblem.invalid("kind", "must be one of " + Organisation.KINDS);
        }
        checkRegion(regionId, code);
        String clean = name.strip();
        if (organisations.exists(code, clean)) {
            throw ApiProblem.conflict("The organisation " + clean + " already exists in " + code);
        }
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.name = clean;
        o.kind = kind;
        o.countryCode = code;
        o.regionId = regionId;
        o.createdAt = Instant.now();
        organisations.persist(o);
        return o;
    }

    public List<Organisation> searchOrganisations(String query, String country) {
        String code = country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
        return organisations.search(query, code, 100);
    }

    // ── persons ──

    public record PersonData(String givenName, String familyName, String cadre, String country, UUID organisationId,
                             UUID regionId, String email, String phone) {
    }

    public Person createPerson(PersonData data) {
        return newPerson(data, id -> organisations.findByIdOptional(id).isPresent(), Instant.now());
    }

    /**
     * Creates many persons at once (a participant import), with the checks of {@link #createPerson} for
     * each; the organisations named are looked up in one query. The persons are written at the next
     * flush (in JDBC batches when the session batches). Returned in the order given.
     */
    public List<Person> createPersons(List<PersonData> data) {
        Set<UUID> named = new java.util.HashSet<>();
        data.stream().map(PersonData::organisationId).filter(java.util.Objects::nonNull).forEach(named::add);
        Set<UUID> known = new java.util.HashSet<>();
        for (List<UUID> chunk : chunks(List.copyOf(named))) {
            organisations.list("id in ?1", chunk).forEach(o -> known.add(o.id));
        }
        Instant now = Instant.now();
        return data.stream().map(d -> newPerson(d, known::contains, now)).toList();
    }

    private Person newPerson(PersonData data, java.util.function.Predicate<UUID> organisationExists, Instant now) {
        String code = knownCountry(data.country());
        if (!policy.inMyCountries(code)) {
            throw ApiProblem.invalid("country", "is not one of your countries");
        }
        String cadre = data.cadre() == null || data.cadre().isBlank() ? "other" : data.cadre();
        if (!Person.CADRES.contains(cadre)) {
            throw ApiProblem.invalid("cadre", "must be one of " + Person.CADRES);
        }
        if (data.organisationId() != null && !organisationExists.test(data.organisationId())) {
            throw ApiProblem.invalid("organisationId", "no such organisation");
        }
        checkRegion(data.regionId(), code);
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.givenName = data.givenName().strip();
        p.familyName = data.familyName().strip();
        p.cadre = cadre;
        p.countryCode = code;
        p.organisationId = data.organisationId();
        p.regionId = data.regionId();
        p.email = blankToNull(data.email());
        p.phone = blankToNull(data.phone());
        p.createdAt = now;
        persons.persist(p);
        return p;
    }

    /** Lists cut into parts small enough for one IN (…) query each. */
    static <T> List<List<T>> chunks(List<T> list) {
        int size = 1000;
        List<List<T>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            parts.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return parts;
    }

    /** A person the caller may see, else 404. */
    public Person visiblePerson(UUID id) {
        Person p = persons.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Person " + id));
        if (!policy.inMyCountries(p.countryCode)) {
            throw ApiProblem.notFound("Person " + id);
        }
        return p;
    }

    /**
     * Replaces the e-mail address and phone number of a person the caller may see (404 otherwise); a
     * null value leaves that contact as it is. Returns whether anything changed.
     */
    public boolean updateContacts(UUID id, String email, String phone) {
        Person p = visiblePerson(id);
        boolean changed = false;
        if (email != null && !email.isBlank() && !email.strip().equalsIgnoreCase(p.email)) {
            p.email = email.strip();
            changed = true;
        }
        if (phone != null && !phone.isBlank() && !phone.strip().equals(p.phone)) {
            p.phone = phone.strip();
            changed = true;
        }
        return changed;
    }

    public List<Person> searchPersons(String query) {
        Set<String> countries = policy.myCountriesOrAll() == null ? null : new TreeSet<>(policy.myCountriesOrAll());
        return persons.search(query, countries, 100);
    }

    public List<PersonProfile> profilesOf(UUID personId) {
        return profiles.ofPerson(personId);
    }

    /** Sets (creates or replaces) the trainer or mentor profile of a person. */
    public PersonProfile setProfile(UUID personId, String kind, String level, Set<String> frameworks) {
        Person p = visiblePerson(personId);
        if (!PersonProfile.KINDS.contains(kind)) {
            throw ApiProblem.notFound("Profile kind " + kind);
        }
        if (!PersonProfile.LEVELS.contains(level)) {
            throw ApiProblem.invalid("level", "must be one of " + PersonProfile.LEVELS);
        }
        PersonProfile profile = profiles.of(p.id, kind).orElseGet(() -> {
            PersonProfile created = new PersonProfile();
            created.id = UUID.randomUUID();
            created.personId = p.id;
            created.kind = kind;
            return created;
        });
        profile.level = level;
        profile.frameworks.clear();
        if (frameworks != null) {
            frameworks.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).filter(f -> !f.isEmpty())
                    .forEach(profile.frameworks::add);
        }
        if (!profiles.isPersistent(profile)) {
            profiles.persist(profile);
        }
        return profile;
    }

    /** Links a person to a Keycloak user (by username, and subject when known); one person per user. */
    public Person linkAccount(UUID personId, String username, String subject) {
        Person p = visiblePerson(personId);
        String name = blankToNull(username);
        if (name != null) {
            persons.linkedTo(name).filter(other -> !other.id.equals(p.id)).ifPresent(other -> {
                throw ApiProblem.conflict("The user " + name + " is already linked to " + other.fullName());
            });
        }
        String sub = blankToNull(subject);
        if (sub != null && persons.count("keycloakSubject = ?1 and id <> ?2", sub, p.id) > 0) {
            throw ApiProblem.conflict("The subject " + sub + " is already linked to another person");
        }
        p.keycloakUsername = name;
        p.keycloakSubject = sub;
        return p;
    }

    public String organisationName(UUID id) {
        return id == null ? null : organisations.findByIdOptional(id).map(o -> o.name).orElse(null);
    }

    static String knownCountry(String country) {
        String upper = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(upper)) {
            throw ApiProblem.invalid("country", "unknown country " + country);
        }
        return upper;
    }

    private void checkRegion(UUID regionId, String country) {
        if (regionId == null) {
            return;
        }
        Region region = regions.findByIdOptional(regionId)
                .orElseThrow(() -> ApiProblem.invalid("regionId", "no such region"));
        if (!region.countryCode.equals(country)) {
            throw ApiProblem.invalid("regionId", "the region is not in " + country);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
