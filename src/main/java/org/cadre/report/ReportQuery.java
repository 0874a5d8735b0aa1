package org.cadre.report;

import jakarta.ws.rs.QueryParam;
import org.cadre.web.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The report filters as query parameters ({@code @BeanParam}), read the same way by the report API,
 * the report pages and the workbook exports of reports: {@code programme} (required), {@code version},
 * {@code cohort}, {@code country}, {@code region}, {@code organisation}, {@code cadre}, {@code from},
 * {@code to}. A malformed value answers 400 naming the parameter.
 */
public class ReportQuery {

    @QueryParam("programme")
    public String programme;

    @QueryParam("version")
    public String version;

    @QueryParam("cohort")
    public String cohort;

    @QueryParam("country")
    public String country;

    @QueryParam("region")
    public String region;

    @QueryParam("organisation")
    public String organisation;

    @QueryParam("cadre")
    public String cadre;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    /** A query for one cohort of a programme (the gains page). */
    static ReportQuery of(String programme, String cohort) {
        ReportQuery q = new ReportQuery();
        q.programme = programme;
        q.cohort = cohort;
        return q;
    }

    /** Whether a programme was chosen (the pages show a chooser until one is). */
    public boolean hasProgramme() {
        return !blank(programme);
    }

    /** The checked filters; 400 for a missing programme or a malformed value. */
    public ReportApi.Filters filters() {
        if (blank(programme)) {
            throw ApiProblem.invalid("programme", "is required");
        }
        String c = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !c.matches("[A-Z]{2}")) {
            throw ApiProblem.invalid("country", "must be a two-letter ISO code");
        }
        ReportApi.Filters f = new ReportApi.Filters(uuid("programme", programme), uuid("cohort", cohort), c,
                uuid("region", region), uuid("organisation", organisation), blank(cadre) ? null : cadre.strip(),
                date("from", from), date("to", to), uuid("version", version));
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ApiProblem.invalid("to", "must not be before from");
        }
        return f;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static UUID uuid(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "is not a valid id");
        }
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be a date (yyyy-mm-dd)");
        }
    }
}
