package org.cadre.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Reports for programme managers and master trainers. Admins: everything; programme managers: the
 * cohorts of their countries; master trainers: the cohorts they train. Mentors and trainees: 403.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class ReportResource {

    @Inject
    GapReports gaps;

    @Inject
    CoverageReports coverage;

    @GET
    @Path("/gaps")
    public ReportApi.GapReport gaps(@QueryParam("programme") String programme, @QueryParam("version") String version,
                                    @QueryParam("cohort") String cohort,
                                    @QueryParam("country") String country, @QueryParam("region") String region,
                                    @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return gaps.gaps(filters(programme, version, cohort, country, region, organisation, cadre, from, to), page, size);
    }

    @GET
    @Path("/gaps/{competency}/people")
    public ReportApi.NeedList people(@PathParam("competency") String competency,
                                     @QueryParam("programme") String programme, @QueryParam("version") String version,
                                     @QueryParam("cohort") String cohort,
                                     @QueryParam("country") String country, @QueryParam("region") String region,
                                     @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return gaps.needs(filters(programme, version, cohort, country, region, organisation, cadre, from, to), competency, page, size);
    }

    @GET
    @Path("/coverage")
    public ReportApi.Coverage coverage(@QueryParam("programme") String programme, @QueryParam("version") String version,
                                       @QueryParam("cohort") String cohort,
                                       @QueryParam("country") String country, @QueryParam("region") String region,
                                       @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return coverage.coverage(filters(programme, version, cohort, country, region, organisation, cadre, from, to), page, size);
    }

    @GET
    @Path("/coverage/regions")
    public ReportApi.RegionCoverage regions(@QueryParam("programme") String programme, @QueryParam("version") String version,
                                       @QueryParam("cohort") String cohort,
                                       @QueryParam("country") String country, @QueryParam("region") String region,
                                       @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return coverage.regions(filters(programme, version, cohort, country, region, organisation, cadre, from, to), page, size);
    }

    @GET
    @Path("/coverage/cadres")
    public ReportApi.CadreTotals cadres(@QueryParam("programme") String programme, @QueryParam("version") String version,
                                       @QueryParam("cohort") String cohort,
                                       @QueryParam("country") String country, @QueryParam("region") String region,
                                       @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                       @QueryParam("from") String from, @QueryParam("to") String to) {
        return coverage.cadres(filters(programme, version, cohort, country, region, organisation, cadre, from, to));
    }

    @GET
    @Path("/coverage/trend")
    public ReportApi.Trend trend(@QueryParam("programme") String programme, @QueryParam("version") String version,
                                       @QueryParam("cohort") String cohort,
                                       @QueryParam("country") String country, @QueryParam("region") String region,
                                       @QueryParam("organisation") String organisation, @QueryParam("cadre") String cadre,
                                       @QueryParam("from") String from, @QueryParam("to") String to) {
        return coverage.trend(filters(programme, version, cohort, country, region, organisation, cadre, from, to));
    }

    /** Reads and checks the filters shared by the report endpoints and pages. */
    static ReportApi.Filters filters(String programme, String cohort, String country, String region, String organisation,
                                     String cadre, String from, String to) {
        return filters(programme, null, cohort, country, region, organisation, cadre, from, to);
    }

    static ReportApi.Filters filters(String programme, String version, String cohort, String country, String region,
                                     String organisation, String cadre, String from, String to) {
        if (blank(programme)) {
            throw ApiProblem.invalid("programme", "is required");
        }
        String c = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
        if (c != null && !c.matches("[A-Z]{2}")) {
            throw ApiProblem.invalid("country", "must be a two-letter ISO code");
        }
        ReportApi.Filters f = new ReportApi.Filters(uuid("programme", programme), uuid("cohort", cohort), c,
                uuid("region", region), uuid("organisation", organisation), blank(cadre) ? null : cadre.trim(),
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
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, "is not a valid id");
        }
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be a date (yyyy-mm-dd)");
        }
    }
}
