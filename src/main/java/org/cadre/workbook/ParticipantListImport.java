package org.cadre.workbook;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.cohort.CohortApi;
import org.cadre.cohort.CohortService;
import org.cadre.cohort.Enrolment;
import org.cadre.geo.Countries;
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
 *
 * <p>A file is planned and written as a whole ({@link ImportKind.SetBased}): the persons it names are read
 * with a few set queries ({@link ParticipantMatcher}), the new ones created and everyone enrolled with
 * {@link PeopleService#createPersons} and {@link CohortService#enrolAll}, which keep the checks of their
 * one-person counterparts. A 10,000-row list took about 40,000 queries to preview and twice that to commit.
 */
@ApplicationScoped
class ParticipantListImport implements ImportKind<ParticipantListImport.Row>, ImportKind.SetBased<ParticipantListImport.Row> {

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
        if (phone != null && phone.length() > 40) { // person.phone is varchar(40), as the person API allows
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
        return batch(scope, List.of(row)).plans().getFirst();
    }

    @Override
    public void apply(String scope, Row row) {
        batch(scope, List.of(row)).write();
    }

    /**
     * Plans a whole file with a few set queries ({@link ParticipantMatcher}), then walks the rows in order
     * over what those queries found, as if each row were applied before the next: a row finds a person an
     * earlier row creates, or an address an earlier row gives. {@link ImportKind.Batch#write} then writes
     * the contact updates, creates the new persons and enrols everyone not yet in the cohort, all at once.
     */
    @Override
    public Batch batch(String scope, List<Row> rows) {
        CohortApi.CohortView cohort = cohort(scope);
        ParticipantMatcher matcher = ParticipantMatcher.load(rows, cohort, persons, organisations, cohorts);
        List<Plan> plans = new ArrayList<>(rows.size());
        List<ParticipantMatcher.Known> toCreate = new ArrayList<>();
        List<Runnable> contactUpdates = new ArrayList<>();
        java.util.Set<UUID> updated = new java.util.LinkedHashSet<>();
        List<ParticipantMatcher.Known> toEnrol = new ArrayList<>();
        int changes = 0;
        for (Row row : rows) {
            String label = row.familyName() + " " + row.givenName();
            String country = row.country() == null ? cohort.country() : row.country();
            ParticipantMatcher.Known person;
            if (row.personId() != null) {
                person = matcher.byId(row.personId());
                if (person == null) {
                    plans.add(Plan.error(label, "personId", ImportMessages.current().err_unknown_person()));
                    continue;
                }
            } else {
                person = matcher.match(row, country);
            }
            if (person != null) {
                if (!policy.inMyCountries(person.country())) {
                    plans.add(Plan.error(label, row.personId() != null ? "personId" : null, ImportMessages.current().err_unknown_person()));
                    continue;
                }
                boolean contacts = contactsDiffer(person, row);
                if (Enrolment.WITHDRAWN.equals(person.status())) {
                    plans.add(Plan.error(label, null, ImportMessages.current().err_withdrew()));
                    continue;
                }
                if (person.status() == null) {
                    plans.add(Plan.update(label + (contacts ? " (" + contactLabel(row) + ")" : "")));
                    person.enrol();
                    toEnrol.add(person);
                } else if (contacts) {
                    plans.add(Plan.update(label + " (" + contactLabel(row) + ")"));
                } else {
                    plans.add(Plan.unchanged(label));
                    continue;
                }
                changes++;
                if (contacts) {
                    matcher.changeContacts(person, row.email(), row.phone());
                    if (person.existing()) {
                        contactUpdates.add(() -> people.updateContacts(person.id(), row.email(), row.phone()));
                        updated.add(person.id());
                    } // else the person is created with the row's contacts
                }
                continue;
            }
            if (!policy.inMyCountries(country)) {
                plans.add(Plan.error(label, "country", ImportMessages.current().err_not_your_country()));
                continue;
            }
            UUID organisation = null;
            if (row.organisation() != null) {
                organisation = matcher.organisation(row.organisation(), country);
                if (organisation == null) {
                    plans.add(Plan.error(label, "organisation", ImportMessages.current().err_unknown_organisation(country)));
                    continue;
                }
            }
            plans.add(Plan.create(label));
            ParticipantMatcher.Known created = matcher.created(new PeopleService.PersonData(
                    row.givenName(), row.familyName(), row.cadre(), country, organisation, null, row.email(), row.phone()));
            toCreate.add(created);
            toEnrol.add(created);
            changes++;
        }
        int changed = changes;
        return new Batch() {
            @Override
            public List<Plan> plans() {
                return plans;
            }

            @Override
            public int write() {
                for (List<UUID> chunk : ParticipantMatcher.chunks(List.copyOf(updated))) {
                    persons.byIds(chunk); // into the session, so that each update below finds its person there
                }
                contactUpdates.forEach(Runnable::run);
                List<Person> written = people.createPersons(toCreate.stream().map(ParticipantMatcher.Known::data).toList());
                for (int i = 0; i < written.size(); i++) {
                    toCreate.get(i).written(written.get(i).id);
                }
                cohorts.enrolAll(cohort.id(), toEnrol.stream().map(ParticipantMatcher.Known::id).toList());
                return changed;
            }
        };
    }

    /** Whether the row gives an e-mail address or phone number other than the person's (blank cells change nothing). */
    private static boolean contactsDiffer(ParticipantMatcher.Known person, Row row) {
        return row.email() != null && !row.email().equalsIgnoreCase(person.email())
                || row.phone() != null && !row.phone().equals(person.phone());
    }

    private static String contactLabel(Row row) {
        return String.join(", ", java.util.stream.Stream.of(row.email(), row.phone()).filter(java.util.Objects::nonNull).toList());
    }
}
