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
}
