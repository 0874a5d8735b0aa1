package org.cadre.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.util.List;

/**
 * The coverage report as a page: a heat map competency × country (server-side SVG), totals by cadre, the
 * trend by quarter and the figures per region in tables. No script; works on a phone.
 */
@jakarta.ws.rs.Path("/reports/coverage")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class CoveragePage {

    static final List<String> MEASURES = List.of("proficient", "reached", "assessed", "certified");
    static final int PAGE_SIZE = 60;

    /** A region row as shown, with its shares in whole percent. */
    public record RegionLine(String country, String region, String competency, long population, long reached,
                             long assessed, long proficient, long certified, long proficientPercent) {
    }

    /** A quarter as shown: its label and figures. */
    public record QuarterLine(String quarter, long reached, long assessed, long proficient, long certified) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(List<ReportApi.ProgrammeRef> programmes, ReportForm form,
                                                ReportChoices.Choices choices, List<String> cadres, List<String> measures,
                                                String measureLabel, long population, String heatMap,
                                                List<ReportApi.CoverageRow> cells, List<ReportApi.CadreRow> cadreRows,
                                                String trend, List<QuarterLine> quarters, List<RegionLine> regions,
                                                long regionTotal, Integer previous, Integer next);
    }

    @Inject
    CoverageReports coverage;

    @Inject
    ReportChoices choices;

    @Inject
    ReportScope scope;

    @Inject
    Locales locales;

    @GET
    public TemplateInstance coverage(@BeanParam ReportQuery query, @QueryParam("measure") String measure,
                                     @QueryParam("page") @DefaultValue("0") int page) {
        if (!query.hasProgramme()) {
            return Templates.coverage(scope.programmes(), null, null, ReportPage.CADRES, MEASURES, null, 0, null,
                    List.of(), List.of(), null, List.of(), List.of(), 0, null, null);
        }
        String m = ReportQuery.blank(measure) ? "proficient" : measure.trim();
        if (!MEASURES.contains(m)) {
            throw ApiProblem.invalid("measure", "must be one of " + MEASURES);
        }
        ReportApi.Filters filters = query.filters();
        ReportMessages words = words();
        List<ReportApi.CoverageRow> cells = coverage.cells(filters);
        List<ReportApi.CadreRow> cadres = coverage.cadres(filters).items();
        long population = cadres.stream().mapToLong(ReportApi.CadreRow::people).sum();
        List<ReportApi.QuarterRow> trend = coverage.trend(filters).items();
        ReportApi.RegionCoverage regions = coverage.regions(filters, page, PAGE_SIZE);
        String label = measureLabel(words, m);
        String heatMap = cells.isEmpty() ? null : HeatMap.svg(cells, m, new HeatMap.Words(words.heat_label(label), label,
                words.heat_legend(label), c -> words.heat_cell(c.country(), c.competency(), c.count(), c.population(),
                c.percent(), label)));
        String trendSvg = trend.isEmpty() ? null : TrendChart.svg(trend, new TrendChart.Words(words.trend_label(),
                q -> quarter(words, q.quarter()), List.of(words.measure_reached(), words.measure_assessed(),
                words.measure_proficient(), words.measure_certified())));
        List<QuarterLine> quarters = trend.stream().map(q -> new QuarterLine(quarter(words, q.quarter()), q.reached(),
                q.assessed(), q.proficient(), q.certified())).toList();
        List<RegionLine> regionLines = regions.items().stream().map(r -> new RegionLine(r.country(),
                r.regionName() == null ? words.region_none() : r.regionName(), r.competency(), r.population(), r.reached(),
                r.assessed(), r.proficient(), r.certified(), HeatMap.percent(r.proficient(), r.population()))).toList();
        Integer previous = page > 0 ? page - 1 : null;
        Integer next = (long) (page + 1) * PAGE_SIZE < regions.total() ? page + 1 : null;
        return Templates.coverage(List.of(), ReportForm.of(filters, m), choices.of(filters.programme()), ReportPage.CADRES,
                MEASURES, label, population, heatMap, cells, cadres, trendSvg, quarters, regionLines, regions.total(),
                previous, next);
    }

    private ReportMessages words() {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(locales.current().toLanguageTag()));
    }

    static String measureLabel(ReportMessages words, String measure) {
        return switch (measure) {
            case "reached" -> words.measure_reached();
            case "assessed" -> words.measure_assessed();
            case "certified" -> words.measure_certified();
            default -> words.measure_proficient();
        };
    }

    static String quarter(ReportMessages words, java.time.LocalDate q) {
        return words.quarter_label(q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
    }
}
