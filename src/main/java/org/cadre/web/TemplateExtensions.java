package org.cadre.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small helpers available in every template. */
@TemplateExtension
class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** {@code {value.urlEncode}}: for user-supplied values placed in a link's query string. */
    static String urlEncode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
