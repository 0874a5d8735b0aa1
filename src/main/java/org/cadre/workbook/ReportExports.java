package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.certification.CertificationApi;
import org.cadre.cohort.CohortApi;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.report.ReportApi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The report workbooks: the gap report and the coverage report of a programme (read page by page from
 * the report feature, which applies the caller's scope) and a cohort's certificate register (from the
 * certification feature). Every text cell goes through the {@link CellText} guard of the sheet writer.
 */
@ApplicationScoped
class ReportExports {

    /** Rows asked of a report per call (the report feature's largest page). */
    static final int PAGE = 200;

    @Inject
    ProgrammeRepository programmes;

    /** Every page of a report, in order. */
    static <T> List<T> all(IntFunction<List<T>> page) {
        List<T> rows = new java.util.ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            List<T> items = page.apply(n);
            rows.addAll(items);
            if (items.size() < PAGE) {
                break;
            }
        }
        return rows;
    }

    int gaps(StreamingWorkbook book, ReportApi.Filters f, ReportApi.GapReport first, List<ReportApi.GapRow> rows,
             Locale language) {
        WorkbookMessages m = FrameworkExport.messages(language);
        SheetWriter sheet = book.sheet(m.sheet_gaps()).title(m.sheet_gaps() + " — " + programmeName(f.programme()));
        captions(sheet, f, m).caption(m.h_population(), first.population()).blankLine()
                .header(List.of(m.h_competency(), m.h_statement(), m.h_population(), m.h_assessed(), m.h_proficient_count(),
                        m.h_share_proficient(), m.h_mean_level(), m.h_not_rated(), m.h_gap()));
        for (ReportApi.GapRow r : rows) {
            sheet.row(r.competency(), r.statement(), r.population(), r.assessed(), r.proficient(),
                    BigDecimal.valueOf(r.shareProficient() * 100).setScale(1, RoundingMode.HALF_UP),
                    r.meanLevel() == null ? null : BigDecimal.valueOf(r.meanLevel()).setScale(2, RoundingMode.HALF_UP),
                    r.notRated(), r.gap());
        }
        sheet.widths(14, 60, 12, 12, 12, 14, 12, 12, 10).freezeHeader(1).printA4Landscape();
        return rows.size();
    }

    int coverage(StreamingWorkbook book, ReportApi.Filters f, List<ReportApi.CoverageRow> rows, Locale language) {
        WorkbookMessages m = FrameworkExport.messages(language);
        SheetWriter sheet = book.sheet(m.sheet_coverage()).title(m.sheet_coverage() + " — " + programmeName(f.programme()));
        captions(sheet, f, m).blankLine()
                .header(List.of(m.h_country(), m.h_competency(), m.h_population(), m.h_reached(), m.h_assessed(),
                        m.h_proficient_count(), m.h_certified()));
        for (ReportApi.CoverageRow r : rows) {
            sheet.row(r.country(), r.competency(), r.population(), r.reached(), r.assessed(), r.proficient(), r.certified());
        }
        sheet.widths(10, 14, 12, 12, 12, 12, 12).freezeHeader(2).printA4Landscape();
        return rows.size();
    }

    int certificates(StreamingWorkbook book, CohortApi.CohortView cohort, List<CertificationApi.CertificateView> list,
                     Locale language) {
        WorkbookMessages m = FrameworkExport.messages(language);
        SheetWriter sheet = book.sheet(m.sheet_certificates()).title(cohort.name());
        if (cohort.programmeName() != null) {
            sheet.caption(m.h_programme(), cohort.programmeName());
        }
        sheet.caption(m.h_dates(), cohort.startsOn() + " – " + cohort.endsOn()).blankLine()
                .header(List.of(m.h_certificate_number(), m.h_name(), m.h_framework(), m.h_competencies(), m.h_issued_on(),
                        m.h_valid_until(), m.h_status(), m.h_verification_code(), m.h_revoked_reason()));
        List<CertificationApi.CertificateView> sorted = list.stream()
                .sorted(java.util.Comparator.comparing(CertificationApi.CertificateView::number)).toList();
        for (CertificationApi.CertificateView c : sorted) {
            sheet.row(c.number(), c.name(), c.framework(),
                    c.competencies() == null ? null : c.competencies().stream().map(CertificationApi.Attested::code)
                            .collect(Collectors.joining(", ")),
                    c.issuedOn(), c.expiresOn(), c.status(), c.verificationCode(), c.revokedReason());
        }
        sheet.widths(20, 34, 16, 40, 12, 12, 10, 20, 30).freezeHeader(2).printA4Landscape();
        return sorted.size();
    }

    private static SheetWriter captions(SheetWriter sheet, ReportApi.Filters f, WorkbookMessages m) {
        if (f.country() != null) {
            sheet.caption(m.h_country(), f.country());
        }
        if (f.cadre() != null) {
            sheet.caption(m.h_cadre(), f.cadre());
        }
        if (f.from() != null || f.to() != null) {
            sheet.caption(m.h_dates(), (f.from() == null ? "…" : f.from().toString()) + " – "
                    + (f.to() == null ? "…" : f.to().toString()));
        }
        return sheet;
    }

    private String programmeName(UUID id) {
        return programmes.findByIdOptional(id).map(p -> p.name).orElse("");
    }
}
