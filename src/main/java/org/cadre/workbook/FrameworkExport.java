package org.cadre.workbook;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.framework.ScaleLevel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A framework version as a workbook, in the reader's language (English where a text has no
 * translation): a cover sheet, the rating scale, and one row per competency with its function,
 * statement, level, dimension and indicators.
 */
@ApplicationScoped
class FrameworkExport {

    @Inject
    CompetencyRepository competencies;

    /** Writes the workbook; returns the number of competency rows. */
    int write(StreamingWorkbook book, FrameworkVersion version, Locale language) {
        WorkbookMessages m = messages(language);
        String lang = language.getLanguage();
        String code = version.framework.code;

        SheetWriter cover = book.sheet(m.sheet_framework());
        cover.title(text(version.title, lang) + " — " + code + " " + version.version)
                .caption(m.h_code(), code)
                .caption(m.h_version(), version.version)
                .caption(m.h_status(), version.status.toString().toLowerCase(Locale.ROOT))
                .caption(m.h_cadre(), version.framework.cadre)
                .caption(m.h_published(), version.publishedAt == null ? null
                        : version.publishedAt.atOffset(ZoneOffset.UTC).toLocalDate())
                .caption(m.h_description(), blankToNull(text(version.description, lang)))
                .caption(m.h_notice(), blankToNull(text(version.notice, lang)))
                .blankLine()
                .caption(m.exported(LocalDate.now(ZoneOffset.UTC).toString()), null)
                .widths(28, 90);

        SheetWriter scale = book.sheet(m.sheet_scale()).header(List.of(m.h_position(), m.h_code(), m.h_label(), m.h_proficient()));
        for (ScaleLevel level : version.scale) {
            scale.row(level.position, level.code, text(level.label, lang), level.proficient ? m.yes() : m.no());
        }
        scale.widths(10, 16, 40, 22).freezeHeader(0);

        SheetWriter sheet = book.sheet(m.sheet_competencies())
                .header(List.of(m.h_function(), m.h_function_title(), m.h_competency(), m.h_statement(), m.h_level(),
                        m.h_dimension(), m.h_indicators()));
        int rows = 0;
        for (Competency c : competencies.ofVersion(version.id)) {
            String indicators = c.indicators.stream().map(i -> "• " + text(i, lang)).collect(Collectors.joining("\n"));
            sheet.row(c.function.code, text(c.function.title, lang), c.code, text(c.statement, lang), c.level, c.dimension,
                    indicators);
            rows++;
        }
        sheet.widths(12, 36, 12, 70, 12, 14, 70).freezeHeader(3).printA4Landscape();
        return rows;
    }

    static WorkbookMessages messages(Locale language) {
        return MessageBundles.get(WorkbookMessages.class, Localized.Literal.of(language.toLanguageTag()));
    }

    /** The text in the language, else English, else any. */
    static String text(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String value = texts.get(lang);
        if (value == null || value.isBlank()) {
            value = texts.getOrDefault("en", texts.values().iterator().next());
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
