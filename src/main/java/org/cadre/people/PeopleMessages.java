package org.cadre.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about people: cadres, trainer levels (files: messages/ppl_<lang>.properties). */
@MessageBundle(value = "ppl", locale = "en")
public interface PeopleMessages {

    @Message
    String person();

    @Message
    String organisation();

    @Message
    String cadre_label(String cadre);

    @Message
    String level_label(String level);
}
