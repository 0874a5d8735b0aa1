package org.cadre.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words shared by the layout, the home page and the error pages. The texts live in
 * {@code src/main/resources/messages/msg_<lang>.properties} (English, French, Romanian); the build
 * fails when a template uses a key that does not exist. Features keep their own bundles.
 */
@MessageBundle(locale = "en")
public interface Messages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String nav_home();

    @Message
    String nav_signIn();

    @Message
    String nav_signOut();

    @Message
    String nav_language();

    @Message
    String nav_change();

    @Message
    String nav_frameworks();

    @Message
    String nav_cohorts();

    @Message
    String nav_mentoring();

    @Message
    String nav_accessLog();

    @Message
    String nav_main();

    @Message
    String nav_myProfile();

    @Message
    String nav_reports();

    @Message
    String nav_skip();

    @Message
    String lang_en();

    @Message
    String lang_fr();

    @Message
    String lang_ro();

    @Message
    String home_welcome(String name);

    @Message
    String home_roles();

    @Message
    String home_countries();

    @Message
    String home_allCountries();

    @Message
    String home_noCountries();

    @Message
    String home_noRoles();

    @Message
    String home_intro();

    @Message
    String home_who();

    @Message
    String home_signInPrompt();

    @Message
    String role_admin();

    @Message
    String role_programme_manager();

    @Message
    String role_master_trainer();

    @Message
    String role_mentor();

    @Message
    String role_trainee();

    @Message
    String error_title();

    @Message
    String error_400();

    @Message
    String error_401();

    @Message
    String error_403();

    @Message
    String error_404();

    @Message
    String error_405();

    @Message
    String error_409();

    @Message
    String error_413();

    @Message
    String error_415();

    @Message
    String error_429();

    @Message
    String error_500();

    @Message
    String error_reference(String ref);

    @Message
    String error_back();

    @Message
    String footer_text();
}
