package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.cadre.report.CoverageReports;
import org.cadre.report.GapReports;
import org.cadre.report.ReportApi;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

/**
 * The gap and coverage reports as workbooks, for the API and the report pages alike: the report feature
 * applies the caller's scope (404 for a programme they cannot see) before anything is written; the
 * export is recorded in the workbook audit and the access log.
 */
@ApplicationScoped
class ReportDownloads {

    @Inject
    GapReports gaps;

    @Inject
    CoverageReports coverage;

    @Inject
    ReportExports exports;

    @Inject
    WorkbookDownloads downloads;

    @Inject
    Locales locales;

    @Transactional
    Response download(String report, ReportApi.Filters filters) {
        var language = locales.current();
        String scope = filters.programme().toString();
        return switch (report) {
            case "gaps" -> {
                ReportApi.GapReport first = gaps.gaps(filters, 0, ReportExports.PAGE);
                var rows = ReportExports.all(page -> page == 0 ? first.items()
                        : gaps.gaps(filters, page, ReportExports.PAGE).items());
                yield downloads.download("gap-report", scope, "gaps.xlsx", true,
                        book -> exports.gaps(book, filters, first, rows, language));
            }
            case "coverage" -> {
                var rows = ReportExports.all(page -> coverage.coverage(filters, page, ReportExports.PAGE).items());
                yield downloads.download("coverage-report", scope, "coverage.xlsx", true,
                        book -> exports.coverage(book, filters, rows, language));
            }
            default -> throw ApiProblem.notFound("Report " + report);
        };
    }
}
