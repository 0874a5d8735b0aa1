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

    @Message
    String sheet_gaps();

    @Message
    String sheet_coverage();

    @Message
    String sheet_certificates();

    @Message
    String h_population();

    @Message
    String h_assessed();

    @Message
    String h_proficient_count();

    @Message
    String h_share_proficient();

    @Message
    String h_mean_level();

    @Message
    String h_not_rated();

    @Message
    String h_gap();

    @Message
    String h_reached();

    @Message
    String h_certificate_number();

    @Message
    String h_framework();

    @Message
    String h_competencies();

    @Message
    String h_issued_on();

    @Message
    String h_valid_until();

    @Message
    String h_verification_code();

    @Message
    String h_revoked_reason();

    @Message
    String download_certificates();

    @Message
    String download_reports();

    @Message
    String download_gaps();

    @Message
    String download_coverage();

    @Message
    String upload_title();

    @Message
    String kind_participants();

    @Message
    String kind_scores();

    @Message
    String kind_attendance();

    @Message
    String kind_regions();

    @Message
    String import_intro();

    @Message
    String import_file();

    @Message
    String import_upload();

    @Message
    String preview_title(String fileName);

    @Message
    String preview_counts(int total, int create, int update, int unchanged, int error);

    @Message
    String preview_errors();

    @Message
    String preview_already();

    @Message
    String preview_commit();

    @Message
    String preview_discard();

    @Message
    String h_sheet();

    @Message
    String h_row();

    @Message
    String h_outcome();

    @Message
    String h_errors();

    @Message
    String outcome_create();

    @Message
    String outcome_update();

    @Message
    String outcome_unchanged();

    @Message
    String outcome_error();

    @Message
    String result_saved(String fileName);

    @Message
    String result_unchanged();

    @Message
    String result_discarded(String fileName);

    @Message
    String back_to_cohort();

    @Message
    String h_certified();

    // ── row errors of imports (shown on the preview, in the uploader's language) ──

    @Message
    String err_required();

    @Message
    String err_too_long(int max);

    @Message
    String err_whole_number();

    @Message
    String err_date();

    @Message
    String err_not_cadre_id();

    @Message
    String err_country_code();

    @Message
    String err_cadre(String cadres);

    @Message
    String err_email();

    @Message
    String err_phone_long();

    @Message
    String err_region_kind();

    @Message
    String err_region_country(String country);

    @Message
    String err_unknown_person();

    @Message
    String err_withdrew();

    @Message
    String err_not_your_country();

    @Message
    String err_unknown_organisation(String country);

    @Message
    String err_sheet_no_date(String sheet);

    @Message
    String err_bad_mark(String mark);

    @Message
    String err_attendance_no_id();

    @Message
    String err_not_participant();

    @Message
    String err_no_session_on(String day);

    @Message
    String err_scores_no_id();

    @Message
    String err_not_trainee();

    @Message
    String err_not_a_level(String text, String levels);

    @Message
    String err_repeats_row(int first);

    @Message
    String err_repeats_row_of_sheet(int first);

    @Message
    String err_cannot_import();
}
