package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.cohort.CohortApi;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.framework.FrameworkVersionRepository;
import org.cadre.framework.ScaleLevel;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.web.ApiProblem;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The scoring template of a cohort: one row per seated trainee, one column per competency the
 * programme adopts, each with a dropdown of the framework's rating scale. The person ids (hidden
 * column A) and competency ids (hidden row above the heading) make the filled workbook importable;
 * the heading is frozen and the sheet protected so that only the rating cells can be typed in.
 */
@ApplicationScoped
class ScoringTemplateExport {

    static final String ID_ROW_MARKER = "cadre:competency-ids";
    private static final int FIRST_COMPETENCY_COLUMN = 3;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CompetencyRepository competencies;

    /** Writes the template of the cohort for these seated trainees (in any order); returns the row count. */
    int write(StreamingWorkbook book, CohortApi.CohortView cohort, List<CohortApi.SeatedTrainee> seated, Locale language) {
        WorkbookMessages m = FrameworkExport.messages(language);
        String lang = language.getLanguage();
        Programme programme = programmes.findByIdOptional(cohort.programmeId())
                .orElseThrow(() -> ApiProblem.notFound("Programme of cohort " + cohort.id()));
        FrameworkVersion version = versions.findByIdOptional(programme.frameworkVersionId)
                .orElseThrow(() -> ApiProblem.notFound("Framework of programme " + programme.id));
        List<Competency> adopted = competencies.ofVersion(version.id).stream()
                .filter(c -> programme.competencyIds.isEmpty() || programme.competencyIds.contains(c.id)).toList();
        List<String> levels = version.scale.stream().sorted(Comparator.comparingInt((ScaleLevel l) -> l.position))
                .map(l -> l.code + " — " + FrameworkExport.text(l.label, lang)).toList();


        SheetWriter sheet = book.sheet(m.sheet_scores()).title(cohort.name())
                .caption(m.h_programme(), programme.name)
                .caption(m.sheet_framework(), version.framework.code + " " + version.version + " — "
                        + FrameworkExport.text(version.title, lang))
                .caption(m.sheet_scale(), String.join("; ", levels));
        List<Object> ids = new ArrayList<>(List.of(ID_ROW_MARKER, "", ""));
        adopted.forEach(c -> ids.add(c.id.toString()));
        sheet.hiddenRow(ids);
        int[] editable = new int[adopted.size()];
        for (int i = 0; i < adopted.size(); i++) {
            editable[i] = FIRST_COMPETENCY_COLUMN + i;
        }
        List<String> headers = new ArrayList<>(List.of(m.h_person_id(), m.h_number(), m.h_name()));
        adopted.forEach(c -> headers.add(c.code + " " + FrameworkExport.text(c.statement, lang)));
        sheet.editable(editable).header(headers);
        int n = 0;
        for (CohortApi.SeatedTrainee t : byName(seated)) {
            sheet.row(t.personId().toString(), ++n, t.familyName() + " " + t.givenName());
        }
        int lastRow = Math.max(sheet.nextRowIndex() - 1, sheet.headerRowIndex() + 1);
        for (int column : editable) {
            if (!levels.isEmpty()) {
                sheet.dropdown(column, levels, lastRow, m.sheet_scale(), String.join("; ", levels));
            }
        }
        int[] widths = new int[FIRST_COMPETENCY_COLUMN + adopted.size()];
        widths[0] = 38;
        widths[1] = 5;
        widths[2] = 34;
        for (int i = FIRST_COMPETENCY_COLUMN; i < widths.length; i++) {
            widths[i] = 18;
        }
        sheet.widths(widths).hideColumn(0).freezeHeader(FIRST_COMPETENCY_COLUMN).printA4Landscape().protect();
        return n;
    }

    /**
     * The trainees in the collation order of their names as Cadre shows them (given, family), stable for
     * equal names. Each name's collation key is made once, instead of collating both names again at every
     * comparison.
     */
    static List<CohortApi.SeatedTrainee> byName(List<CohortApi.SeatedTrainee> trainees) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        record Keyed(CollationKey key, CohortApi.SeatedTrainee trainee) {
        }
        List<Keyed> keyed = new ArrayList<>(trainees.size());
        for (CohortApi.SeatedTrainee t : trainees) {
            keyed.add(new Keyed(collator.getCollationKey(t.name()), t));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::trainee).toList();
    }
}
