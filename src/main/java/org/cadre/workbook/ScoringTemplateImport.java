package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.assessment.AssessmentApi;
import org.cadre.assessment.AssessmentService;
import org.cadre.assessment.EvidenceScope;
import org.cadre.cohort.CohortApi;
import org.cadre.cohort.CohortService;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.framework.FrameworkVersionRepository;
import org.cadre.framework.ScaleLevel;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A filled scoring template of a cohort (the scope) becomes ratings of source "import", with the
 * uploader as rater, through the assessment feature. Rows are matched by the hidden person id of the
 * exported template; competency columns by the hidden competency id above the heading, or by their
 * heading ("PSW-2.3 …", or the code alone) in any of Cadre's languages, in any order. A cell holds a
 * level of the framework's scale: as the dropdown wrote it ("L3 — Competent"), its code ("L3") or its
 * position (3); a blank cell is no rating. A level equal to the newest one the uploader imported for that
 * trainee and competency is left alone, so the same file uploaded twice records nothing the second time.
 * Only an admin or a trainer of the cohort may import (404 for a cohort out of scope, 403 for one the
 * caller may only read).
 */
@ApplicationScoped
class ScoringTemplateImport implements ImportKind<ScoringTemplateImport.Row> {

    /** One trainee's row: the level text typed in each competency column (by competency id). */
    record Row(UUID personId, String name, Map<String, String> levels) {
    }

    private static final Set<String> SEATED = Set.of("enrolled", "completed");

    private static final List<Column> FIXED = List.of(
            ParticipantListImport.column("personId", true, WorkbookMessages::h_person_id),
            ParticipantListImport.column("name", false, WorkbookMessages::h_name));

    @Inject
    CohortService cohorts;

    @Inject
    EvidenceScope evidence;

    @Inject
    AssessmentService assessments;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CompetencyRepository competencies;

    @Override
    public String name() {
        return "scores";
    }

    @Override
    public List<Column> columns() {
        return FIXED;
    }

    /** The fixed columns and one per competency the cohort's programme adopts (key: the competency id). */
    @Override
    public List<Column> columns(String scope) {
        List<Column> columns = new ArrayList<>(FIXED);
        for (Competency c : template(scope).adopted()) {
            List<String> headers = new ArrayList<>();
            for (Locale language : Locales.SUPPORTED) {
                headers.add(c.code + " " + FrameworkExport.text(c.statement, language.getLanguage()));
            }
            headers.add(c.code);
            headers.add(c.id.toString());
            columns.add(new Column(c.id.toString(), false, headers));
        }
        return columns;
    }

    @Override
    public Class<Row> rowType() {
        return Row.class;
    }

    @Override
    public void authorise(String scope) {
        UUID cohort = cohortId(scope);
        cohorts.view(cohort); // 404 when out of scope
        if (!evidence.canAssessIn(cohort)) {
            throw new ApiProblem(403, "forbidden", "Only a trainer of this cohort may import its scores", List.of());
        }
    }

    static UUID cohortId(String scope) {
        try {
            return UUID.fromString(scope == null ? "" : scope);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("scope", "must be the id of the cohort");
        }
    }

    @Override
    public Row parse(ReadRow row) {
        UUID person = row.uuid("personId");
        if (person == null && row.errors().isEmpty()) {
            row.error("personId", ImportMessages.current().err_scores_no_id());
        }
        if (!row.errors().isEmpty()) {
            return null;
        }
        Map<String, String> levels = new TreeMap<>();
        for (String key : row.keys()) {
            if (!key.equals("personId") && !key.equals("name")) {
                levels.put(key, row.text(key));
            }
        }
        return new Row(person, row.text("name"), levels);
    }

    @Override
    public String identity(Row row) {
        return row.personId().toString();
    }

    @Override
    public Plan plan(String scope, Row row) {
        UUID cohortId = cohortId(scope);
        String label = row.name() == null ? row.personId().toString() : row.name();
        boolean seated = cohorts.enrolments(cohortId).stream()
                .anyMatch(e -> e.personId().equals(row.personId()) && SEATED.contains(e.status()));
        if (!seated) {
            return Plan.error(label, "personId", ImportMessages.current().err_not_trainee());
        }
        Template template = template(scope);
        List<Problem> problems = new ArrayList<>();
        Map<UUID, Integer> wanted = levels(template, row, problems);
        if (!problems.isEmpty()) {
            return new Plan(Outcome.ERROR, label, problems);
        }
        Map<UUID, Integer> earlier = assessments.importedLevels(row.personId());
        long fresh = wanted.entrySet().stream().filter(e -> !e.getValue().equals(earlier.get(e.getKey()))).count();
        if (fresh == 0) {
            return Plan.unchanged(label);
        }
        return wanted.keySet().stream().anyMatch(earlier::containsKey) ? Plan.update(label) : Plan.create(label);
    }

    @Override
    public void apply(String scope, Row row) {
        Template template = template(scope);
        List<Problem> problems = new ArrayList<>();
        Map<UUID, Integer> wanted = levels(template, row, problems);
        Map<UUID, Integer> earlier = assessments.importedLevels(row.personId());
        List<AssessmentApi.ImportedRating> ratings = new ArrayList<>();
        wanted.forEach((competency, level) -> {
            if (!level.equals(earlier.get(competency))) {
                ratings.add(new AssessmentApi.ImportedRating(row.personId(), competency, level, null));
            }
        });
        if (!problems.isEmpty() || ratings.isEmpty()) {
            return;
        }
        assessments.importRatings(new AssessmentApi.ImportRequest(cohortId(scope), LocalDate.now(ZoneOffset.UTC), ratings));
    }

    /** The levels of the row by competency; what cannot be read is added to {@code problems} by column. */
    private static Map<UUID, Integer> levels(Template template, Row row, List<Problem> problems) {
        Map<UUID, Integer> wanted = new LinkedHashMap<>();
        row.levels().forEach((key, text) -> {
            Integer level = template.level(text);
            if (level == null) {
                problems.add(new Problem(key, ImportMessages.current().err_not_a_level(text, String.valueOf(template.codes()))));
            } else {
                wanted.put(UUID.fromString(key), level);
            }
        });
        return wanted;
    }

    /** The programme's adopted competencies and the framework version's scale. */
    record Template(List<Competency> adopted, List<ScaleLevel> scale) {

        /** The position of the level written as "code — label", the code, the label or the position; else null. */
        Integer level(String text) {
            String typed = text.strip();
            int dash = typed.indexOf(" — ");
            String code = (dash > 0 ? typed.substring(0, dash) : typed).strip();
            for (ScaleLevel l : scale) {
                if (l.code.equalsIgnoreCase(code) || Column.normalise(l.code).equals(Column.normalise(code))) {
                    return l.position;
                }
            }
            for (ScaleLevel l : scale) {
                if (l.label.values().stream().anyMatch(label -> Column.normalise(label).equals(Column.normalise(typed)))) {
                    return l.position;
                }
            }
            try {
                int position = (int) Double.parseDouble(code);
                if (position == Double.parseDouble(code)
                        && scale.stream().anyMatch(l -> l.position == position)) {
                    return position;
                }
            } catch (NumberFormatException ignored) {
                // not a number
            }
            return null;
        }

        String codes() {
            return String.join(", ", scale.stream().map(l -> l.code).toList());
        }
    }

    private Template template(String scope) {
        CohortApi.CohortView cohort = cohorts.view(cohortId(scope));
        Programme programme = programmes.findByIdOptional(cohort.programmeId())
                .orElseThrow(() -> ApiProblem.notFound("Programme of cohort " + cohort.id()));
        FrameworkVersion version = versions.findByIdOptional(programme.frameworkVersionId)
                .orElseThrow(() -> ApiProblem.notFound("Framework of programme " + programme.id));
        List<Competency> adopted = competencies.ofVersion(version.id).stream()
                .filter(c -> programme.competencyIds.isEmpty() || programme.competencyIds.contains(c.id)).toList();
        List<ScaleLevel> scale = version.scale.stream().sorted(Comparator.comparingInt((ScaleLevel l) -> l.position)).toList();
        return new Template(adopted, scale);
    }
}
