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
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A participant list for a cohort (the scope): each row is a person, found by the hidden Cadre id of
 * an exported roster or by family name, given name and country, or created; then enrolled in the
 * cohort. A person already in the cohort is unchanged, so the same list can be uploaded again. The
 * columns are those of the roster export, in any of Cadre's languages and in any order. Contact
 * details of a person who exists already are left as they are.
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
            column("email", false, WorkbookMessages::h_email),
            column("phone", false, WorkbookMessages::h_phone));

    @Inject
    CohortService cohorts;

    @Inject
    PeopleService people;

    @Inject
    PersonRepository persons;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser user;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    /** A column named by the same header as in the roster export, in every language. */
    private static Column column(String key, boolean required, Function<WorkbookMessages, String> header) {
        List<String> headers = new ArrayList<>();
        for (Locale language : Locales.SUPPORTED) {
            headers.add(header.apply(MessageBundles.get(WorkbookMessages.class, Localized.Literal.of(language.toLanguageTag()))));
        }
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
            row.error("country", "is not an ISO 3166-1 country code such as BJ, MD, VN");
        }
        String cadre = row.text("cadre");
        if (cadre != null && !Person.CADRES.contains(cadre.toLowerCase(Locale.ROOT))) {
            row.error("cadre", "must be one of " + String.join(", ", Person.CADRES));
        }
        String email = row.text("email");
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            row.error("email", "is not an email address");
        }
        String phone = row.text("phone");
        if (phone != null && phone.length() > 50) {
            row.error("phone", "is longer than 50 characters");
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
                return Plan.error(label, "personId", "is not a person known to Cadre");
            }
        } else {
            existing = persons.find("lower(familyName) = ?1 and lower(givenName) = ?2 and countryCode = ?3",
                    row.familyName().toLowerCase(Locale.ROOT), row.givenName().toLowerCase(Locale.ROOT), country)
                    .firstResultOptional();
        }
        if (existing.isPresent()) {
            Person person = existing.get();
            if (!user.isAdmin() && !user.getCountries().contains(person.countryCode)) {
                return Plan.error(label, "personId", "is not a person known to Cadre");
            }
            Optional<String> status = cohorts.enrolmentStatus(cohort.id(), person.id);
            if (status.isEmpty()) {
                return Plan.update(label);
            }
            if ("withdrawn".equals(status.get())) {
                return Plan.error(label, null, "withdrew from this cohort; enrol them again on the cohort page");
            }
            return Plan.unchanged(label);
        }
        if (!user.isAdmin() && !user.getCountries().contains(country)) {
            return Plan.error(label, "country", "is not one of your countries");
        }
        if (row.organisation() != null && organisation(row.organisation(), country).isEmpty()) {
            return Plan.error(label, "organisation", "is not an organisation of " + country + " known to Cadre; add it first");
        }
        return Plan.create(label);
    }

    @Override
    public void apply(String scope, Row row) {
        UUID cohortId = cohortId(scope);
        CohortApi.CohortView cohort = cohort(scope);
        String country = row.country() == null ? cohort.country() : row.country();
        Optional<Person> existing = row.personId() != null ? persons.findByIdOptional(row.personId())
                : persons.find("lower(familyName) = ?1 and lower(givenName) = ?2 and countryCode = ?3",
                row.familyName().toLowerCase(Locale.ROOT), row.givenName().toLowerCase(Locale.ROOT), country)
                .firstResultOptional();
        UUID personId = existing.map(p -> p.id).orElseGet(() -> people.createPerson(new PeopleService.PersonData(
                row.givenName(), row.familyName(), row.cadre(), country,
                row.organisation() == null ? null : organisation(row.organisation(), country).map(o -> o.id).orElse(null),
                null, row.email(), row.phone())).id);
        cohorts.enrol(cohortId, personId);
    }

    private Optional<Organisation> organisation(String name, String country) {
        return organisations.find("lower(name) = ?1 and countryCode = ?2", name.toLowerCase(Locale.ROOT), country)
                .firstResultOptional();
    }
}
