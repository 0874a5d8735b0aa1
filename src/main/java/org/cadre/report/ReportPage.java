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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;
import org.cadre.web.Locales;

import java.util.List;
import java.util.Locale;

/** The competency gap report as a page: a table with a bar per competency (server-side SVG, no script). */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class ReportPage {

    static final List<String> CADRES = List.of("psw", "cycw", "cdw", "social-worker", "manager", "other");
    static final int PAGE_SIZE = 50;

    /** A row as shown: the figures, the share as a whole percentage, the mean to one decimal, the bar. */
    public record Row(String code, String statement, long population, long assessed, long proficient, long percent,
                      String mean, long notRated, long gap, String bar) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gaps(List<ReportApi.ProgrammeRef> programmes, ReportForm form,
                                            ReportChoices.Choices choices, long population, List<Row> rows,
                                            List<String> cadres, Integer previous, Integer next);

        static native TemplateInstance people(String competency, String query, List<ReportApi.NeedRow> people, long total,
                                              Integer previous, Integer next);
    }

    @Inject
    GapReports reports;

    @Inject
    ReportScope scope;

    @Inject
    ReportChoices choices;

    @Inject
    Locales locales;

    @GET
    @Path("/gaps")
    public TemplateInstance gaps(@BeanParam ReportQuery query, @QueryParam("page") @DefaultValue("0") int page) {
        if (!query.hasProgramme()) {
            return Templates.gaps(scope.programmes(), null, null, 0, List.of(), CADRES, null, null);
        }
        ReportApi.Filters filters = query.filters();
        ReportApi.GapReport report = reports.gaps(filters, page, PAGE_SIZE);
        ReportMessages words = MessageBundles.get(ReportMessages.class, Localized.Literal.of(locales.current().toLanguageTag()));
        List<Row> rows = report.items().stream().map(r -> new Row(r.competency(), r.statement(), r.population(),
                r.assessed(), r.proficient(), Math.round(r.shareProficient() * 100),
                r.meanLevel() == null ? "–" : String.format(Locale.ROOT, "%.1f", r.meanLevel()), r.notRated(), r.gap(),
                GapBar.svg(words.bar_label(r.competency(), r.proficient(), r.assessed(), r.population()),
                        r.population(), r.assessed(), r.proficient()))).toList();
        ReportForm form = ReportForm.of(filters, null);
        Integer previous = page > 0 ? page - 1 : null;
        Integer next = (long) (page + 1) * PAGE_SIZE < report.total() ? page + 1 : null;
        return Templates.gaps(List.of(), form, choices.of(filters.programme()), report.population(), rows, CADRES,
                previous, next);
    }

    @GET
    @Path("/gaps/{competency}/people")
    public TemplateInstance people(@PathParam("competency") String competency, @BeanParam ReportQuery query,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        ReportApi.Filters filters = query.filters();
        ReportApi.NeedList needs = reports.needs(filters, competency, page, PAGE_SIZE);
        Integer previous = page > 0 ? page - 1 : null;
        Integer next = (long) (page + 1) * PAGE_SIZE < needs.total() ? page + 1 : null;
        return Templates.people(competency, ReportForm.of(filters, null).query(), needs.items(), needs.total(), previous, next);
    }
}
