package org.cadre.framework;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the framework pages: {@code messages/fw_<lang>.properties}, used in templates as {@code {fw:key}}. */
@MessageBundle(value = "fw", locale = "en")
public interface FrameworkMessages {

    @Message
    String list_title();

    @Message
    String list_intro();

    @Message
    String list_empty();

    @Message
    String versions();

    @Message
    String competencies_count(int count);

    @Message
    String status_draft();

    @Message
    String status_published();

    @Message
    String status_retired();

    @Message
    String tree_version(String version);

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String search_clear();

    @Message
    String search_results(int count, String query);

    @Message
    String search_none(String query);

    @Message
    String scale();

    @Message
    String proficient();

    @Message
    String level_basic();

    @Message
    String level_advanced();

    @Message
    String dimension_knowledge();

    @Message
    String dimension_skills();

    @Message
    String dimension_values();

    @Message
    String indicators();

    @Message
    String fallback();

    @Message
    String case_export();

    @Message
    String back();

    @Message
    String functions();
}
