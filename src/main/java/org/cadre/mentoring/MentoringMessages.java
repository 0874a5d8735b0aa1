package org.cadre.mentoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the mentoring pages (files: messages/ment_<lang>.properties). */
@MessageBundle(value = "ment", locale = "en")
public interface MentoringMessages {

    @Message String home_title();
    @Message String home_mentees();
    @Message String home_noMentees();
    @Message String home_visits();
    @Message String home_noVisits();
    @Message String home_newVisit();
    @Message String home_profile();
    @Message String home_lastVisit();
    @Message String home_open();
    @Message String visit_title();
    @Message String visit_date();
    @Message String visit_mode();
    @Message String visit_site();
    @Message String visit_noSite();
    @Message String visit_mentees();
    @Message String visit_observations();
    @Message String visit_notObserved();
    @Message String visit_note();
    @Message String visit_strengths();
    @Message String visit_actionPoints();
    @Message String visit_actionText();
    @Message String visit_due();
    @Message String visit_previous();
    @Message String visit_noPrevious();
    @Message String visit_saveDraft();
    @Message String visit_submit();
    @Message String visit_submitted();
    @Message String visit_draft();
    @Message String visit_readOnly();
    @Message String mode(String mode);
    @Message String status(String status);
}
