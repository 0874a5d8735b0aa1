package org.cadre.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.assessment.AssessmentApi;
import org.cadre.assessment.AssessmentService;
import org.cadre.security.AccessLog;
import org.cadre.security.Roles;
import org.cadre.web.Locales;

import java.util.List;

/**
 * Pre/post knowledge gains of a cohort as a page. The figures come from the assessment feature's own gain
 * computation ({@link AssessmentService#cohortGain}); this page only checks the report scope, picks the
 * cohort and draws them.
 */
@jakarta.ws.rs.Path("/reports/gains")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class GainsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gains(List<ReportApi.ProgrammeRef> programmes, String programme,
                                             List<ReportChoices.Option> cohorts, ReportChoices.Option cohort,
                                             AssessmentApi.CohortGain gain, String chart, String meanGain);
    }

    @Inject
    ReportScope scope;

    @Inject
    ReportChoices choices;

    @Inject
    AssessmentService assessments;

    @Inject
    AccessLog accessLog;

    @Inject
    Locales locales;

    @GET
    public TemplateInstance gains(@QueryParam("programme") String programme, @QueryParam("cohort") String cohort) {
        if (ReportQuery.blank(programme)) {
            return Templates.gains(scope.programmes(), null, List.of(), null, null, null, null);
        }
        ReportApi.Filters filters = ReportQuery.of(programme, cohort).filters();
        ReportChoices.Choices options = choices.of(filters.programme());
        if (filters.cohort() == null) {
            return Templates.gains(List.of(), filters.programme().toString(), options.cohorts(), null, null, null, null);
        }
        scope.checkFilters(filters);
        AssessmentApi.CohortGain gain = assessments.cohortGain(filters.cohort());
        accessLog.record(AccessLog.Action.READ, "cohort", filters.cohort(), "knowledge gains report");
        ReportChoices.Option chosen = options.cohorts().stream().filter(o -> o.value().equals(filters.cohort().toString()))
                .findFirst().orElse(new ReportChoices.Option(filters.cohort().toString(), filters.cohort().toString()));
        ReportMessages words = MessageBundles.get(ReportMessages.class, Localized.Literal.of(locales.current().toLanguageTag()));
        String chart = gain.perTrainee().isEmpty() ? null : GainChart.svg(gain.perTrainee(), gain.meanPrePercent(),
                gain.meanPostPercent(), new GainChart.Words(words.gains_chartLabel(chosen.label()), words.col_pre(),
                words.col_post(), t -> words.gains_row(t.name(), plain(t.prePercent()), plain(t.postPercent()),
                GainChart.signed(t.gain()))));
        return Templates.gains(List.of(), filters.programme().toString(), options.cohorts(), chosen, gain, chart,
                GainChart.signed(gain.meanGain()));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "–" : value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
