package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.cohort.CohortApi;
import org.cadre.people.OrganisationRepository;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.web.Locales;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Workbooks of one cohort: the roster, and the sign-in sheets printed for each day of sessions. The
 * caller's access to the cohort has been checked by the cohort feature before these are written.
 */
@ApplicationScoped
class CohortExports {

    /** Persons who hold a seat appear on the sheets; the waiting list and withdrawals do not sign. */
    private static final Set<String> SEATED = Set.of("enrolled", "completed", "attended");

    static final int ROSTER_ID_COLUMN = 0;

    @Inject
    PersonRepository persons;

    @Inject
    OrganisationRepository organisations;

    /** The cohort's language when Cadre speaks it, else the caller's. */
    static Locale language(CohortApi.CohortView cohort, Locale caller) {
        return cohort.language() == null ? caller : Locales.supported(cohort.language()).orElse(caller);
    }

    /**
     * One row per enrolment (hidden person id first, for a round trip); returns the row count. E-mail and
     * phone columns only for callers who may see contact details (the cohort's trainers and admins).
     */
    int roster(StreamingWorkbook book, CohortApi.CohortView cohort, List<CohortApi.EnrolmentView> enrolments, Locale lang,
               boolean contacts) {
        WorkbookMessages m = FrameworkExport.messages(lang);
        Map<UUID, Person> people = people(enrolments);
        Map<UUID, String> orgs = organisationNames(people.values());
        SheetWriter sheet = book.sheet(m.sheet_roster()).title(cohort.name());
        captions(sheet, cohort, m).blankLine()
                .header(contacts
                        ? List.of(m.h_person_id(), m.h_number(), m.h_family_name(), m.h_given_name(), m.h_organisation(),
                                m.h_cadre(), m.h_country(), m.h_email(), m.h_phone(), m.h_enrolment(), m.h_enrolled_on())
                        : List.of(m.h_person_id(), m.h_number(), m.h_family_name(), m.h_given_name(), m.h_organisation(),
                                m.h_cadre(), m.h_country(), m.h_enrolment(), m.h_enrolled_on()));
        int n = 0;
        for (CohortApi.EnrolmentView e : sorted(enrolments, people)) {
            Person p = people.get(e.personId());
            n++;
            List<Object> cells = new ArrayList<>(Arrays.asList(e.personId().toString(), n,
                    p == null ? e.name() : p.familyName, p == null ? null : p.givenName,
                    p == null ? null : orgs.get(p.organisationId), p == null ? null : p.cadre,
                    p == null ? null : p.countryCode));
            if (contacts) {
                cells.addAll(Arrays.asList(p == null ? null : p.email, p == null ? null : p.phone));
            }
            cells.addAll(Arrays.asList(e.status(), e.enrolledAt()));
            sheet.row(cells);
        }
        sheet.widths(contacts ? new int[]{38, 5, 22, 22, 32, 16, 8, 28, 18, 12, 12} : new int[]{38, 5, 22, 22, 32, 16, 8, 12, 12})
                .hideColumn(ROSTER_ID_COLUMN).freezeHeader(4).printA4Landscape();
        return n;
    }

    /**
     * One sheet per day that has sessions: workshop name, dates, venue and the day's sessions on top,
     * then one bordered row per seated participant with a blank signature cell and a blank mark cell
     * (P present, A absent …, read back by {@link AttendanceSheetImport}); A4 landscape with the
     * heading repeated on every printed page. Returns the number of signature rows over all days.
     */
    int signInSheets(StreamingWorkbook book, CohortApi.CohortView cohort, List<CohortApi.SessionView> sessions,
                     List<CohortApi.EnrolmentView> enrolments, Locale lang) {
        WorkbookMessages m = FrameworkExport.messages(lang);
        List<CohortApi.EnrolmentView> seated = enrolments.stream().filter(e -> SEATED.contains(e.status())).toList();
        Map<UUID, Person> people = people(seated);
        Map<UUID, String> orgs = organisationNames(people.values());
        List<CohortApi.EnrolmentView> ordered = sorted(seated, people);
        Map<LocalDate, List<CohortApi.SessionView>> days = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        if (days.isEmpty()) {
            // no session scheduled yet: one sheet per day of the cohort's dates, so a workshop can still print
            for (LocalDate d = cohort.startsOn(); !d.isAfter(cohort.endsOn()) && days.size() < 31; d = d.plusDays(1)) {
                days.put(d, List.of());
            }
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        int rows = 0;
        int day = 0;
        for (Map.Entry<LocalDate, List<CohortApi.SessionView>> entry : days.entrySet()) {
            day++;
            SheetWriter sheet = book.sheet(m.sheet_day(day, entry.getKey().format(date)))
                    .title(cohort.name() + " — " + entry.getKey().format(date));
            captions(sheet, cohort, m);
            String venues = entry.getValue().stream().map(CohortApi.SessionView::venue).filter(Objects::nonNull)
                    .distinct().collect(Collectors.joining(", "));
            if (!venues.isEmpty() && !venues.equals(cohort.venue())) {
                sheet.caption(m.h_venue(), venues);
            }
            if (!entry.getValue().isEmpty()) {
                sheet.caption(m.h_sessions(), entry.getValue().stream()
                        .sorted(Comparator.comparing(CohortApi.SessionView::start))
                        .map(s -> s.start().format(time) + "–" + s.end().format(time) + " " + s.title())
                        .collect(Collectors.joining("; ")));
            }
            sheet.blankLine().bordered().rowHeight(26).editable(4, 5)
                    .header(List.of(m.h_person_id(), m.h_number(), m.h_name(), m.h_organisation(), m.h_signature(),
                            m.h_mark()));
            int n = 0;
            for (CohortApi.EnrolmentView e : ordered) {
                Person p = people.get(e.personId());
                sheet.row(e.personId().toString(), ++n, p == null ? e.name() : p.familyName + " " + p.givenName,
                        p == null ? null : orgs.get(p.organisationId), null, null);
            }
            // a few blank lines for walk-in participants
            for (int extra = 0; extra < 5; extra++) {
                sheet.row(null, ++n, null, null, null, null);
            }
            rows += ordered.size();
            sheet.widths(38, 5, 36, 36, 36, 16).hideColumn(0).freezeHeader(0).printA4Landscape();
        }
        return rows;
    }

    private static SheetWriter captions(SheetWriter sheet, CohortApi.CohortView cohort, WorkbookMessages m) {
        if (cohort.programmeName() != null) {
            sheet.caption(m.h_programme(), cohort.programmeName());
        }
        sheet.caption(m.h_dates(), cohort.startsOn() + " – " + cohort.endsOn());
        if (cohort.venue() != null) {
            sheet.caption(m.h_venue(), cohort.venue());
        }
        if (!cohort.trainers().isEmpty()) {
            sheet.caption(m.h_trainers(), cohort.trainers().stream().map(CohortApi.PersonRef::name)
                    .collect(Collectors.joining(", ")));
        }
        return sheet;
    }

    private Map<UUID, Person> people(List<CohortApi.EnrolmentView> enrolments) {
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        return persons.byIdsReusingLoaded(enrolments.stream().map(CohortApi.EnrolmentView::personId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private Map<UUID, String> organisationNames(java.util.Collection<Person> people) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Person p : people) {
            if (p.organisationId != null && !names.containsKey(p.organisationId)) {
                names.put(p.organisationId, organisations.findByIdOptional(p.organisationId).map(o -> o.name).orElse(null));
            }
        }
        return names;
    }

    private static List<CohortApi.EnrolmentView> sorted(List<CohortApi.EnrolmentView> list, Map<UUID, Person> people) {
        List<CohortApi.EnrolmentView> result = new ArrayList<>(list);
        result.sort(Comparator.comparing((CohortApi.EnrolmentView e) -> {
            Person p = people.get(e.personId());
            return p == null ? e.name() : p.familyName + " " + p.givenName;
        }, java.text.Collator.getInstance(Locale.ROOT)));
        return result;
    }
}
