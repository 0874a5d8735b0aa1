package org.cadre.certification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything a printed certificate, its PDF and its Open Badge show, already in the holder's language
 * (competency and framework titles in that language, English where a text has no translation).
 */
record CertificateDocument(UUID id, Locale locale, String name, String programme, UUID programmeId,
                           String frameworkCode, String frameworkTitle, String frameworkVersion,
                           List<Line> competencies, String number, String verificationCode, LocalDate issuedOn,
                           LocalDate expiresOn, String status, java.time.Instant revokedAt, String issuer,
                           String baseUrl) {

    /** One attested competency. {@code competencyId} is null when the framework no longer has the code. */
    record Line(UUID competencyId, String code, String title) {
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The public check of this certificate, as the QR code opens it. */
    public String verifyUrl() {
        return baseUrl + "/verify/" + verificationCode;
    }

    public String issuedOnText() {
        return format(issuedOn, locale);
    }

    public String expiresOnText() {
        return format(expiresOn, locale);
    }

    public boolean revoked() {
        return Certificate.REVOKED.equals(status);
    }

    public boolean expired() {
        return Certificate.EXPIRED.equals(status);
    }

    /** A date the way the language writes it: "24 November 2026", "24 novembre 2026", "24 noiembrie 2026". */
    static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
