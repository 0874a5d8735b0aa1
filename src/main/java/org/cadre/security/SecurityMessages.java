package org.cadre.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the security pages (files: messages/sec_<lang>.properties). */
@MessageBundle(value = "sec", locale = "en")
public interface SecurityMessages {

    @Message
    String log_title();

    @Message
    String log_intro();

    @Message
    String log_when();

    @Message
    String log_who();

    @Message
    String log_action();

    @Message
    String log_record();

    @Message
    String log_detail();

    @Message
    String log_filter();

    @Message
    String log_empty();

    @Message
    String log_next();

    @Message
    String log_previous();
}
