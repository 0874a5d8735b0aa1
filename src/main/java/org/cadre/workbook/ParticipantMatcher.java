package org.cadre.workbook;

import org.cadre.cohort.CohortApi;
import org.cadre.cohort.CohortService;
import org.cadre.cohort.Enrolment;
import org.cadre.people.Organisation;
import org.cadre.people.OrganisationRepository;
import org.cadre.people.PeopleService;
import org.cadre.people.PersonRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The persons a participant list names, found for the whole file with one statement (by hidden id, by
 * e-mail address, by names at an organisation, by names in a country) instead of three or four queries
 * per row, and kept in memory while the import walks the rows: a
 * person an earlier row creates, or an address an earlier row gives, is found by the later rows as it
 * would be in Cadre had each row been written before the next. Shared by the preview and the commit.
 *
 * <p>The order of preference is that of a single row: the only person with the row's e-mail address,
 * else the oldest with the row's names at the row's organisation, else the oldest with the row's names
 * in the row's (or the cohort's) country.
 */
final class ParticipantMatcher {

    private static final int CHUNK = 1000;

    /** A person as the import sees it: one found in Cadre, or one an earlier row creates. */
    static final class Known {
        private UUID id;
        private final String country;
        private String email;
        private String phone;
        private String status;
        private final PeopleService.PersonData created;

        private Known(UUID id, String country, String email, String phone, String status, PeopleService.PersonData created) {
            this.id = id;
            this.country = country;
            this.email = email;
            this.phone = phone;
            this.status = status;
            this.created = created;
        }

        /** Null for a person the import creates, until written. */
        UUID id() {
            return id;
        }

        String country() {
            return country;
        }

        String email() {
            return email;
        }

        String phone() {
            return phone;
        }

        /** The status of their enrolment in the import's cohort; null when not in it. */
        String status() {
            return status;
        }

        /** Counts them as in the cohort from this row on (seat or waiting list: the commit decides). */
        void enrol() {
            status = Enrolment.ENROLLED;
        }

        boolean existing() {
            return created == null;
        }

        /** What to create, with the contacts later rows gave. */
        PeopleService.PersonData data() {
            return new PeopleService.PersonData(created.givenName(), created.familyName(), created.cadre(), created.country(),
                    created.organisationId(), created.regionId(), email, phone);
        }

        void written(UUID id) {
            this.id = id;
        }
    }

    private final Map<UUID, Known> byId = new HashMap<>();
    private final Map<String, List<Known>> byEmail = new HashMap<>();
    private final Map<String, UUID> organisations = new HashMap<>();
    private final Map<String, List<Known>> atOrganisation = new HashMap<>();
    private final Map<String, List<Known>> inCountry = new HashMap<>();

    private ParticipantMatcher() {
    }

    /**
     * Reads every person and organisation the rows may name, and their enrolments in the cohort: one
     * statement for the persons ({@link PersonRepository#matching}), one per thousand organisation names
     * and per thousand persons found.
     */
    static ParticipantMatcher load(List<ParticipantListImport.Row> rows, CohortApi.CohortView cohort, PersonRepository persons,
                                   OrganisationRepository organisationRepository, CohortService cohorts) {
        ParticipantMatcher m = new ParticipantMatcher();
        Function<ParticipantListImport.Row, String> countryOf = r -> r.country() == null ? cohort.country() : r.country();

        List<UUID> ids = rows.stream().map(ParticipantListImport.Row::personId).filter(Objects::nonNull).distinct().toList();
        List<String> emails = rows.stream().map(ParticipantListImport.Row::email).filter(Objects::nonNull)
                .map(ParticipantMatcher::lower).distinct().toList();
        List<ParticipantListImport.Row> unnamed = rows.stream().filter(r -> r.personId() == null).toList();
        Map<String, Set<String>> organisationNames = new LinkedHashMap<>();
        unnamed.stream().filter(r -> r.organisation() != null).forEach(r -> organisationNames
                .computeIfAbsent(countryOf.apply(r), c -> new LinkedHashSet<>()).add(lower(r.organisation())));
        organisationNames.forEach((country, names) -> {
            for (List<String> chunk : chunks(List.copyOf(names))) {
                for (Organisation o : organisationRepository.namedIn(country, chunk)) {
                    m.organisations.putIfAbsent(key(country, lower(o.name)), o.id);
                }
            }
        });
        Map<String, String[]> inCountry = new LinkedHashMap<>();
        Map<String, Object[]> atOrganisation = new LinkedHashMap<>();
        for (ParticipantListImport.Row r : unnamed) {
            String country = countryOf.apply(r);
            String family = lower(r.familyName());
            String given = lower(r.givenName());
            inCountry.putIfAbsent(key(country, family, given), new String[]{country, family, given});
            UUID organisation = r.organisation() == null ? null : m.organisation(r.organisation(), country);
            if (organisation != null) {
                atOrganisation.putIfAbsent(key(organisation.toString(), family, given), new Object[]{organisation, family, given});
            }
        }
        List<PersonRepository.Match> found = ids.isEmpty() && emails.isEmpty() && inCountry.isEmpty() ? List.of()
                : persons.matching(ids, emails, List.copyOf(inCountry.values()), List.copyOf(atOrganisation.values()));

        Map<UUID, String> statuses = found.isEmpty() ? Map.of()
                : cohorts.enrolmentStatuses(cohort.id(), found.stream().map(PersonRepository.Match::id).toList());
        for (PersonRepository.Match p : found) { // oldest first
            Known k = new Known(p.id(), p.countryCode(), p.email(), p.phone(), statuses.get(p.id()), null);
            m.byId.put(p.id(), k);
            m.index(k, p.familyName(), p.givenName(), p.organisationId());
        }
        return m;
    }

    private void index(Known k, String familyName, String givenName, UUID organisation) {
        if (k.email != null) {
            byEmail.computeIfAbsent(lower(k.email), e -> new ArrayList<>()).add(k);
        }
        if (organisation != null) {
            atOrganisation.computeIfAbsent(key(organisation.toString(), lower(familyName), lower(givenName)), x -> new ArrayList<>()).add(k);
        }
        inCountry.computeIfAbsent(key(k.country, lower(familyName), lower(givenName)), x -> new ArrayList<>()).add(k);
    }

    /** The person with this hidden id, if there is one. */
    Known byId(UUID id) {
        return byId.get(id);
    }

    /** The person a row without the hidden id names, if any (see the class's comment for the order). */
    Known match(ParticipantListImport.Row row, String country) {
        if (row.email() != null) {
            List<Known> withEmail = byEmail.getOrDefault(lower(row.email()), List.of());
            if (withEmail.size() == 1) {
                return withEmail.getFirst();
            }
        }
        String family = lower(row.familyName());
        String given = lower(row.givenName());
        if (row.organisation() != null) {
            UUID organisation = organisation(row.organisation(), country);
            if (organisation != null) {
                List<Known> there = atOrganisation.getOrDefault(key(organisation.toString(), family, given), List.of());
                if (!there.isEmpty()) {
                    return there.getFirst();
                }
            }
        }
        List<Known> named = inCountry.getOrDefault(key(country, family, given), List.of());
        return named.isEmpty() ? null : named.getFirst();
    }

    /** The organisation of this name (case ignored) in the country, or null. */
    UUID organisation(String name, String country) {
        return organisations.get(key(country, lower(name)));
    }

    /** The person a row creates, from then on found by the later rows (and enrolled). */
    Known created(PeopleService.PersonData data) {
        Known k = new Known(null, data.country(), data.email(), data.phone(), Enrolment.ENROLLED, data);
        index(k, data.familyName(), data.givenName(), data.organisationId());
        return k;
    }

    /** A row's contacts replace the person's (a blank cell leaves one as it is), as PeopleService.updateContacts does. */
    void changeContacts(Known k, String email, String phone) {
        if (email != null && !email.isBlank() && !email.strip().equalsIgnoreCase(k.email)) {
            if (k.email != null) {
                byEmail.getOrDefault(lower(k.email), new ArrayList<>()).remove(k);
            }
            k.email = email.strip();
            byEmail.computeIfAbsent(lower(k.email), e -> new ArrayList<>()).add(k);
        }
        if (phone != null && !phone.isBlank() && !phone.strip().equals(k.phone)) {
            k.phone = phone.strip();
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String key(String... parts) {
        return String.join("\n", parts);
    }

    static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            parts.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return parts;
    }
}
