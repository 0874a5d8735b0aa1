package org.cadre.workbook;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.cohort.CohortApi;
import org.cadre.cohort.CohortService;
import org.cadre.cohort.RecordingAttendance;
import org.cadre.cohort.SchedulingSessions;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filled sign-in sheets of a cohort (the scope) become attendance, through the cohort feature (which
 * keeps a correction for every changed record). Each sheet is one day, named as the export names it
 * ("Day 2 13.04.2016": the date in the name is what counts); each row is a participant, found by the
 * hidden person id. The mark column says present (P, x, ✓, yes), absent (A, no), late (L) or excused
 * (E), in Cadre's languages; without a mark, a signature means present. A row with neither records
 * nothing: an unsigned line is not taken as an absence. The mark applies to every session of the day. A
 * mark equal to what is recorded changes nothing, so the same file uploaded twice changes nothing.
 */
@ApplicationScoped
class AttendanceSheetImport implements ImportKind<AttendanceSheetImport.Row> {

    record Row(UUID personId, String name, LocalDate day, String status) {
    }

    private static final Set<String> SEATED = Set.of("enrolled", "completed", "attended");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})|(\\d{4}-\\d{2}-\\d{2})");

    /** Marks as typed (after {@link Column#normalise}) and the status they stand for. */
    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("p", "present"), Map.entry("present", "present"), Map.entry("prezent", "present"),
            Map.entry("x", "present"), Map.entry("1", "present"), Map.entry("yes", "present"),
            Map.entry("oui", "present"), Map.entry("da", "present"), Map.entry("true", "present"),
            Map.entry("a", "absent"), Map.entry("absent", "absent"), Map.entry("absente", "absent"),
            Map.entry("0", "absent"), Map.entry("no", "absent"), Map.entry("non", "absent"), Map.entry("nu", "absent"),
            Map.entry("false", "absent"),
            Map.entry("l", "late"), Map.entry("late", "late"), Map.entry("r", "late"), Map.entry("retard", "late"),
            Map.entry("en retard", "late"), Map.entry("intarziat", "late"),
            Map.entry("e", "excused"), Map.entry("excused", "excused"), Map.entry("excuse", "excused"),
            Map.entry("m", "excused"), Map.entry("motivat", "excused"));

    private static final Set<String> TICKS = Set.of("✓", "✔", "☑", "√");

    private static final List<Column> COLUMNS = List.of(
            ParticipantListImport.column("personId", true, WorkbookMessages::h_person_id),
            ParticipantListImport.column("name", false, WorkbookMessages::h_name),
            ParticipantListImport.column("signature", false, WorkbookMessages::h_signature),
            mark());

    @Inject
    CohortService cohorts;

    @Inject
    SchedulingSessions sessions;

    @Inject
    RecordingAttendance attendance;

    private static Column mark() {
        List<String> headers = new ArrayList<>();
        for (Locale language : Locales.SUPPORTED) {
            headers.add(MessageBundles.get(WorkbookMessages.class, Localized.Literal.of(language.toLanguageTag())).h_mark());
        }
        headers.addAll(List.of("Status", "Attendance", "Present", "Présence", "Présent", "Prezență", "Prezent", "mark"));
        return new Column("mark", false, headers);
    }

    @Override
    public String name() {
        return "attendance";
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
        if (!cohorts.view(ScoringTemplateImport.cohortId(scope)).canChange()) {
            throw new ApiProblem(403, "forbidden", "You may read this cohort but not record its attendance", List.of());
        }
    }

    @Override
    public Row parse(ReadRow row) {
        UUID person = row.uuid("personId");
        LocalDate day = day(row.sheet());
        if (day == null) {
            row.rowError(ImportMessages.current().err_sheet_no_date(row.sheet()));
        }
        String status = null;
        String mark = row.text("mark");
        if (mark != null) {
            status = TICKS.contains(mark) ? "present" : MARKS.get(Column.normalise(mark));
            if (status == null) {
                row.error("mark", ImportMessages.current().err_bad_mark(mark));
            }
        } else if (row.text("signature") != null) {
            status = "present";
        }
        if (person == null && row.errors().isEmpty() && status != null) {
            row.error("personId", ImportMessages.current().err_attendance_no_id());
        }
        if (!row.errors().isEmpty() || person == null) {
            return null;
        }
        return new Row(person, row.text("name"), day, status);
    }

    static LocalDate day(String sheetName) {
        Matcher m = DAY.matcher(sheetName == null ? "" : sheetName);
        if (!m.find()) {
            return null;
        }
        try {
            return m.group(4) != null ? LocalDate.parse(m.group(4))
                    : LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    @Override
    public String identity(Row row) {
        return row.personId() + "|" + row.day();
    }

    @Override
    public Plan plan(String scope, Row row) {
        UUID cohortId = ScoringTemplateImport.cohortId(scope);
        String label = (row.name() == null ? row.personId().toString() : row.name()) + " — "
                + row.day().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + (row.status() == null ? "" : ": " + row.status());
        boolean seated = cohorts.enrolments(cohortId).stream()
                .anyMatch(e -> e.personId().equals(row.personId()) && SEATED.contains(e.status()));
        if (!seated) {
            return Plan.error(label, "personId", ImportMessages.current().err_not_participant());
        }
        List<CohortApi.SessionView> day = sessionsOf(cohortId, row.day());
        if (day.isEmpty()) {
            return Plan.error(label, null, ImportMessages.current().err_no_session_on(String.valueOf(row.day())));
        }
        if (row.status() == null) {
            return Plan.unchanged(label);
        }
        boolean any = false;
        boolean changed = false;
        for (CohortApi.SessionView s : day) {
            String now = recorded(s.id(), row.personId());
            any |= now != null;
            changed |= !row.status().equals(now);
        }
        if (!changed) {
            return Plan.unchanged(label);
        }
        return any ? Plan.update(label) : Plan.create(label);
    }

    @Override
    public void apply(String scope, Row row) {
        if (row.status() == null) {
            return;
        }
        for (CohortApi.SessionView s : sessionsOf(ScoringTemplateImport.cohortId(scope), row.day())) {
            if (!row.status().equals(recorded(s.id(), row.personId()))) {
                attendance.record(s.id(), List.of(new CohortApi.AttendanceEntry(row.personId(), row.status(), null)));
            }
        }
    }

    private List<CohortApi.SessionView> sessionsOf(UUID cohortId, LocalDate day) {
        return sessions.ofCohort(cohortId).stream().filter(s -> s.start().toLocalDate().equals(day)).toList();
    }

    private String recorded(UUID sessionId, UUID personId) {
        return attendance.sheet(sessionId).lines().stream().filter(l -> l.personId().equals(personId))
                .map(CohortApi.AttendanceLine::status).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
