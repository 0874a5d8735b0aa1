package org.cadre.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the report pages (files: messages/rep_<lang>.properties). */
@MessageBundle(value = "rep", locale = "en")
public interface ReportMessages {

    @Message
    String gaps_title();

    @Message
    String gaps_intro();

    @Message
    String gaps_choose();

    @Message
    String gaps_noProgrammes();

    @Message
    String gaps_noPeople();

    @Message
    String gaps_noCompetencies();

    @Message
    String gaps_population(long count);

    @Message
    String filter_country();

    @Message
    String filter_cadre();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String filter_any();

    @Message
    String filter_show();

    @Message
    String col_competency();

    @Message
    String col_people();

    @Message
    String col_assessed();

    @Message
    String col_proficient();

    @Message
    String col_share();

    @Message
    String col_mean();

    @Message
    String col_notRated();

    @Message
    String col_gap();

    @Message
    String col_chart();

    @Message
    String bar_label(String code, long proficient, long assessed, long population);

    @Message
    String legend();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String people_title(String competency);

    @Message
    String people_back();

    @Message
    String people_none();

    @Message
    String col_name();

    @Message
    String col_level();

    @Message
    String col_status();

    @Message
    String status_below();

    @Message
    String status_self();

    @Message
    String status_notRated();

    // ── coverage and gains (issue 7) ──

    @Message
    String filter_region();

    @Message
    String filter_cohort();

    @Message
    String filter_organisation();

    @Message
    String filter_measure();

    @Message
    String measure_reached();

    @Message
    String measure_assessed();

    @Message
    String measure_proficient();

    @Message
    String measure_certified();

    @Message
    String cov_title();

    @Message
    String cov_intro();

    @Message
    String cov_noPeople();

    @Message
    String cov_heatTitle(String measure);

    @Message
    String heat_label(String measure);

    @Message
    String heat_legend(String measure);

    @Message
    String heat_cell(String country, String competency, long count, long population, long percent, String measure);

    @Message
    String cov_tableSummary();

    @Message
    String col_country();

    @Message
    String col_region();

    @Message
    String col_reached();

    @Message
    String col_certified();

    @Message
    String region_none();

    @Message
    String cov_cadresTitle();

    @Message
    String cov_cadresIntro();

    @Message
    String col_cadre();

    @Message
    String col_reachedAny();

    @Message
    String col_assessedAny();

    @Message
    String col_proficientAll();

    @Message
    String col_certifiedValid();

    @Message
    String cov_trendTitle();

    @Message
    String cov_trendIntro();

    @Message
    String cov_trendNone();

    @Message
    String trend_label();

    @Message
    String quarter_label(int year, int quarter);

    @Message
    String col_quarter();

    @Message
    String cov_regionsTitle();

    @Message
    String cov_regionsTotal(long count);

    @Message
    String cov_definitions();

    @Message
    String link_gaps();

    @Message
    String link_coverage();

    @Message
    String link_gains();

    @Message
    String gains_title();

    @Message
    String gains_intro();

    @Message
    String gains_noCohorts();

    @Message
    String gains_none();

    @Message
    String gains_mean(String gain, int trainees);

    @Message
    String gains_means(java.math.BigDecimal pre, java.math.BigDecimal post);

    @Message
    String gains_chartLabel(String cohort);

    @Message
    String gains_row(String name, String pre, String post, String gain);

    @Message
    String col_pre();

    @Message
    String col_post();

    @Message
    String col_gain();

    @Message
    String col_normalisedGain();
}
