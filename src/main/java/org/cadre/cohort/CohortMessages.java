package org.cadre.cohort;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the cohort, session and attendance pages (files: messages/coh_<lang>.properties). */
@MessageBundle(value = "coh", locale = "en")
public interface CohortMessages {

    @Message
    String cohorts_title();

    @Message
    String cohorts_new();

    @Message
    String cohorts_none();

    @Message
    String back_to_cohorts();

    @Message
    String cohort_seats(long enrolled, int capacity);

    @Message
    String cohort_waiting(long count);

    @Message
    String cohort_create();

    @Message
    String field_name();

    @Message
    String field_country();

    @Message
    String field_venue();

    @Message
    String field_timeZone();

    @Message
    String field_language();

    @Message
    String field_startsOn();

    @Message
    String field_endsOn();

    @Message
    String field_dates();

    @Message
    String field_capacity();

    @Message
    String field_trainers();

    @Message
    String field_title();

    @Message
    String field_module();

    @Message
    String field_date();

    @Message
    String field_startTime();

    @Message
    String field_endTime();

    @Message
    String field_competencies();

    @Message
    String sessions_title();

    @Message
    String sessions_none();

    @Message
    String session_new();

    @Message
    String session_schedule();

    @Message
    String session_scheduled(String title);

    @Message
    String calendar_feed();

    @Message
    String enrolment_title();

    @Message
    String enrolment_none();

    @Message
    String enrolment_status();

    @Message
    String enrolment_add();

    @Message
    String enrolment_enrol();

    @Message
    String enrolment_state(String status);

    @Message
    String rate_cohort();

    @Message
    String rate_trainee();

    @Message
    String attendance_title();

    @Message
    String attendance_take();

    @Message
    String attendance_minutes();

    @Message
    String attendance_minutes_total(int minutes);

    @Message
    String attendance_save();

    @Message
    String attendance_saved();

    @Message
    String status_label(String status);
    @Message
    String field_programme();

    @Message
    String programmes_none();

    @Message
    String calendar_mine();

    @Message
    String field_region();
}
