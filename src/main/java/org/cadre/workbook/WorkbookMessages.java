package org.cadre.workbook;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words written into workbooks and shown on the import pages ({@code messages/wb_<lang>.properties}). */
@MessageBundle(value = "wb", locale = "en")
public interface WorkbookMessages {

    @Message
    String sheet_framework();

    @Message
    String sheet_competencies();

    @Message
    String sheet_scale();

    @Message
    String h_code();

    @Message
    String h_version();

    @Message
    String h_status();

    @Message
    String h_cadre();

    @Message
    String h_title();

    @Message
    String h_description();

    @Message
    String h_notice();

    @Message
    String h_published();

    @Message
    String h_function();

    @Message
    String h_function_title();

    @Message
    String h_competency();

    @Message
    String h_statement();

    @Message
    String h_level();

    @Message
    String h_dimension();

    @Message
    String h_indicators();

    @Message
    String h_position();

    @Message
    String h_label();

    @Message
    String h_proficient();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String exported(String date);

    @Message
    String sheet_roster();

    @Message
    String sheet_day(int number, String date);

    @Message
    String h_number();

    @Message
    String h_family_name();

    @Message
    String h_given_name();

    @Message
    String h_name();

    @Message
    String h_organisation();

    @Message
    String h_country();

    @Message
    String h_email();

    @Message
    String h_phone();

    @Message
    String h_enrolment();

    @Message
    String h_enrolled_on();

    @Message
    String h_signature();

    @Message
    String h_person_id();

    @Message
    String h_programme();

    @Message
    String h_dates();

    @Message
    String h_venue();

    @Message
    String h_sessions();

    @Message
    String h_trainers();

    @Message
    String sheet_scores();

    @Message
    String download_title();

    @Message
    String download_roster();

    @Message
    String download_sign_in();

    @Message
    String download_scores();

    @Message
    String h_mark();
}
