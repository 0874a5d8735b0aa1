package org.cadre.certification;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.util.Locale;

/** {@code {date.certDate}}: a certificate date written the way the page's language writes dates. */
@TemplateExtension
class CertificateTemplateExtensions {

    private CertificateTemplateExtensions() {
    }

    static String certDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale given ? given
                : locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
        return CertificateDocument.format(date, l);
    }
}
