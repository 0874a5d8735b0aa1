package org.cadre.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The report filters as the pages show them: to refill the filter form and to carry the same filters
 * in links (paging, gap ↔ coverage). {@code query} is URL-encoded; Qute escapes it once more for HTML.
 */
public record ReportForm(String programme, String version, String cohort, String country, String region,
                         String organisation, String cadre, String from, String to, String measure, String query) {

    static ReportForm of(ReportApi.Filters f, String measure) {
        String query = "programme=" + f.programme() + param("version", f.frameworkVersion()) + param("cohort", f.cohort())
                + param("country", f.country()) + param("region", f.region()) + param("organisation", f.organisation())
                + param("cadre", f.cadre()) + param("from", f.from()) + param("to", f.to());
        return new ReportForm(f.programme().toString(), str(f.frameworkVersion()), str(f.cohort()), f.country(),
                str(f.region()), str(f.organisation()), f.cadre(), str(f.from()), str(f.to()), measure, query);
    }

    /** The query with the measure (for the coverage page's own links). */
    public String queryWithMeasure() {
        return measure == null ? query : query + "&measure=" + measure;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String param(String name, Object value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    static boolean same(UUID id, String value) {
        return id != null && id.toString().equals(value);
    }
}
