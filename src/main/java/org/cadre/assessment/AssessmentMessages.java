package org.cadre.assessment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the profile and assessment pages (files: messages/asmt_<lang>.properties). */
@MessageBundle(value = "asmt", locale = "en")
public interface AssessmentMessages {

    @Message
    String explain(String level, String source, String date, String rater);

    @Message
    String explain_self(String level, String date);

    @Message
    String source_visit();

    @Message
    String source_practical();

    @Message
    String source_observation();

    @Message
    String source_self();

    @Message
    String source_import();

    @Message
    String profile_title(String name);

    @Message
    String profile_version();

    @Message
    String profile_show();

    @Message
    String profile_chart();

    @Message
    String profile_chart_desc(String name, String threshold);

    @Message
    String profile_competency();

    @Message
    String profile_level();

    @Message
    String profile_proficient();

    @Message
    String profile_why();

    @Message
    String profile_notRated();

    @Message
    String profile_selfOnly();

    @Message
    String profile_yes();

    @Message
    String profile_no();

    @Message
    String profile_rollups();

    @Message
    String profile_function();

    @Message
    String profile_share();

    @Message
    String profile_mean();

    @Message
    String profile_framework();

    @Message
    String profile_history();

    @Message
    String profile_when();

    @Message
    String profile_source();

    @Message
    String profile_rater();

    @Message
    String profile_corrected();

    @Message
    String profile_noVersion();

    @Message
    String profile_threshold();

    @Message
    String profile_visits();
}
