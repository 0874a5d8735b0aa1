package org.cadre.workbook;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.cohort.CohortApi;
import org.cadre.cohort.CohortService;
import org.cadre.geo.Countries;
import org.cadre.people.Organisation;
import org.cadre.people.OrganisationRepository;
import org.cadre.people.PeopleService;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A participant list for a cohort (the scope): each row is a person, found (in this order) by the
 * hidden Cadre id of an exported roster, by e-mail address, by family and given name at the row's
 * organisation, or by family and given name in the row's country; or created. Then enrolled in the
 * cohort. The e-mail address and phone number of a person found are updated when the row gives other
 * ones (a blank cell leaves them as they are). A person already in the cohort with the same contacts is
 * unchanged, so the same list can be uploaded again. The columns are those of the roster export, in any
 * of Cadre's languages and in any order.
 */
@ApplicationScoped
class ParticipantListImport implements ImportKind<ParticipantListImport.Row> {

    record Row(UUID personId, String familyName, String givenName, String organisation, String cadre, String country,
               String email, String phone) {
    }

    private static final List<Column> COLUMNS = List.of(
            column("personId", false, WorkbookMessages::h_person_id),
            column("familyName", true, WorkbookMessages::h_family_name),
            column("givenName", true, WorkbookMessages::h_given_name),
            column("organisation", false, WorkbookMessages::h_organisation),
            column("cadre", false, WorkbookMessages::h_cadre),
            column("country", false, WorkbookMessages::h_country),
            column("email", false, WorkbookMessages::h_email, "E-mail", "Mail", "Adresse e-mail"),
            column("phone", false, WorkbookMessages::h_phone, "Tel", "Téléphone mobile", "Mobile"));

    @Inject
    CohortService cohorts;

    @Inject
    PeopleService people;

    @Inject
    PersonRepository persons;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessPolicy policy;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    /** A column named by the same header as in the roster export, in every language (or by a usual alias). */
    static Column column(String key, boolean required, Function<WorkbookMessages, String> header, String... aliases) {
        List<String> headers = new ArrayList<>();
        for (Locale language : Locales.SUPPORTED) {
            headers.add(header.apply(MessageBundles.get(WorkbookMessages.class, Localized.Literal.of(language.toLanguageTag()))));
        }
        headers.addAll(List.of(aliases));
        headers.add(key);
        return new Column(key, required, headers);
    }

    @Override
    public String name() {
        return "participants";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<Row> rowType() {
        return Row.class;
    }

    @Override
    public void authorise(String scope) {
        CohortApi.CohortView cohort = cohort(scope);
        if (!cohort.canChange()) {
            throw new ApiProblem(403, "forbidden", "You may read this cohort but not change its participants", List.of());
        }
    }

    /**
     * The cohort of the import, read (and its access checked) once per transaction: a preview or a commit
     * plans every row against it, and reading it for each of 10,000 rows made imports quadratic. Only
     * its id and country are used per row, which the import does not change.
     */
    private CohortApi.CohortView cohort(String scope) {
        if (transaction.getTransactionStatus() != jakarta.transaction.Status.STATUS_ACTIVE) {
            return cohorts.view(cohortId(scope));
        }
        String key = ParticipantListImport.class.getName() + ":" + scope;
        CohortApi.CohortView cached = (CohortApi.CohortView) transaction.getResource(key);
        if (cached == null) {
            cached = cohorts.view(cohortId(scope));
            transaction.putResource(key, cached);
        }
        return cached;
    }

    private static UUID cohortId(String scope) {
        try {
            return UUID.fromString(scope == null ? "" : scope);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("scope", "must be the id of the cohort to enrol the participants in");
        }
    }

    @Override
    public Row parse(ReadRow row) {
        UUID id = row.uuid("personId");
        String family = row.requiredText("familyName", 200);
        String given = row.requiredText("givenName", 200);
        String country = row.text("country");
        if (country != null && !Countries.isKnown(country.toUpperCase(Locale.ROOT))) {
            row.error("country", ImportMessages.current().err_country_code());
        }
        String cadre = row.text("cadre");
        if (cadre != null && !Person.CADRES.contains(cadre.toLowerCase(Locale.ROOT))) {
            row.error("cadre", ImportMessages.current().err_cadre(String.join(", ", Person.CADRES)));
        }
        String email = row.text("email");
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            row.error("email", ImportMessages.current().err_email());
        }
        String phone = row.text("phone");
        if (phone != null && phone.length() > 50) {
            row.error("phone", ImportMessages.current().err_phone_long());
        }
        if (!row.errors().isEmpty()) {
            return null;
        }
        return new Row(id, family, given, row.text("organisation"), cadre == null ? null : cadre.toLowerCase(Locale.ROOT),
                country == null ? null : country.toUpperCase(Locale.ROOT), email, phone);
    }

    @Override
    public String identity(Row row) {
        return row.personId() != null ? row.personId().toString()
                : (row.familyName() + "|" + row.givenName() + "|" + row.country()).toLowerCase(Locale.ROOT);
    }

    @Override
    public Plan plan(String scope, Row row) {
        CohortApi.CohortView cohort = cohort(scope);
        String label = row.familyName() + " " + row.givenName();
        String country = row.country() == null ? cohort.country() : row.country();
        Optional<Person> existing;
        if (row.personId() != null) {
            existing = persons.findByIdOptional(row.personId());
            if (existing.isEmpty()) {
                return Plan.error(label, "personId", ImportMessages.current().err_unknown_person());
            }
        } else {
            existing = match(row, country);
        }
        if (existing.isPresent()) {
            Person person = existing.get();
            if (!policy.inMyCountries(person.countryCode)) {
                return Plan.error(label, row.personId() != null ? "personId" : null, ImportMessages.current().err_unknown_person());
            }
            boolean contacts = contactsDiffer(person, row);
            Optional<String> status = cohorts.enrolmentStatus(cohort.id(), person.id);
            if (status.isPresent() && "withdrawn".equals(status.get())) {
                return Plan.error(label, null, ImportMessages.current().err_withdrew());
            }
            if (status.isEmpty()) {
                return Plan.update(label + (contacts ? " (" + contactLabel(row) + ")" : ""));
            }
            return contacts ? Plan.update(label + " (" + contactLabel(row) + ")") : Plan.unchanged(label);
        }
        if (!policy.inMyCountries(country)) {
            return Plan.error(label, "country", ImportMessages.current().err_not_your_country());
        }
        if (row.organisation() != null && organisation(row.organisation(), country).isEmpty()) {
            return Plan.error(label, "organisation", ImportMessages.current().err_unknown_organisation(country));
        }
        return Plan.create(label);
    }

    @Override
    public void apply(String scope, Row row) {
        UUID cohortId = cohortId(scope);
        CohortApi.CohortView cohort = cohort(scope);
        String country = row.country() == null ? cohort.country() : row.country();
        Optional<Person> existing = row.personId() != null ? persons.findByIdOptional(row.personId()) : match(row, country);
        UUID personId;
        if (existing.isPresent()) {
            personId = existing.get().id;
            if (contactsDiffer(existing.get(), row)) {
                people.updateContacts(personId, row.email(), row.phone());
            }
        } else {
            personId = people.createPerson(new PeopleService.PersonData(
                    row.givenName(), row.familyName(), row.cadre(), country,
                    row.organisation() == null ? null : organisation(row.organisation(), country).map(o -> o.id).orElse(null),
                    null, row.email(), row.phone())).id;
        }
        if (cohorts.enrolmentStatus(cohortId, personId).isEmpty()) {
            cohorts.enrolWithoutWarnings(cohortId, personId);
        }
    }

    /**
     * A person already in Cadre, for a row without the hidden id: the one with the row's e-mail address
     * (when exactly one has it), else the one with the same family and given names at the row's
     * organisation (when the row names one), else the same names in the row's (or cohort's) country.
     */
    private Optional<Person> match(Row row, String country) {
        if (row.email() != null) {
            List<Person> byEmail = persons.list("lower(email) = ?1", row.email().toLowerCase(Locale.ROOT));
            if (byEmail.size() == 1) {
                return Optional.of(byEmail.getFirst());
            }
        }
        if (row.organisation() != null) {
            Optional<Organisation> org = organisation(row.organisation(), country);
            if (org.isPresent()) {
                Optional<Person> atOrganisation = persons.find(
                                "lower(familyName) = ?1 and lower(givenName) = ?2 and organisationId = ?3",
                                row.familyName().toLowerCase(Locale.ROOT), row.givenName().toLowerCase(Locale.ROOT), org.get().id)
                        .firstResultOptional();
                if (atOrganisation.isPresent()) {
                    return atOrganisation;
                }
            }
        }
        return persons.find("lower(familyName) = ?1 and lower(givenName) = ?2 and countryCode = ?3",
                        row.familyName().toLowerCase(Locale.ROOT), row.givenName().toLowerCase(Locale.ROOT), country)
                .firstResultOptional();
    }

    /** Whether the row gives an e-mail address or phone number other than the person's (blank cells change nothing). */
    private static boolean contactsDiffer(Person person, Row row) {
        return row.email() != null && !row.email().equalsIgnoreCase(person.email)
                || row.phone() != null && !row.phone().equals(person.phone);
    }

    private static String contactLabel(Row row) {
        return String.join(", ", java.util.stream.Stream.of(row.email(), row.phone()).filter(java.util.Objects::nonNull).toList());
    }

    private Optional<Organisation> organisation(String name, String country) {
        return organisations.find("lower(name) = ?1 and countryCode = ?2", name.toLowerCase(Locale.ROOT), country)
                .firstResultOptional();
    }
}
