package org.cadre.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cadre.security.CurrentUser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the current request: the signed-in user's saved choice, else the {@code cadre-lang}
 * cookie (set by the switcher before sign-in), else the browser's Accept-Language, else English.
 */
@Named("locales")
@RequestScoped
public class Locales {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ro"));
    public static final String COOKIE = "cadre-lang";

    @Inject
    HttpServerRequest request;

    @Inject
    CurrentUser user;

    @Inject
    LanguagePreferenceRepository preferences;

    private Locale resolved;

    public Locale current() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private Locale resolve() {
        // The saved choice needs the database, which is off limits on an I/O thread (e.g. a 404 for
        // an unknown route); the cookie written by the switcher covers that case.
        if (BlockingOperationControl.isBlockingAllowed()) {
            Optional<Locale> saved = user.subject().flatMap(preferences::localeOf).flatMap(Locales::supported);
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null) {
            Optional<Locale> chosen = supported(cookie.getValue());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException ignored) {
                // malformed header: fall back to English
            }
        }
        return Locale.ENGLISH;
    }

    /** For templates: the two-letter code of the current language. */
    public String getLanguage() {
        return current().getLanguage();
    }

    /** For templates: where the language switcher sends the user back to (path and query of this page). */
    public String getPath() {
        String uri = request.uri();
        return LanguageResource.safeBack(uri);
    }

    /** The supported locale for a language tag such as {@code fr} or {@code fr-BJ}, if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
