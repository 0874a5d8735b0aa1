package org.cadre.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;


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
    public ReportApi.GapReport gaps(@BeanParam ReportQuery query,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return gaps.gaps(query.filters(), page, size);
    }

    @GET
    @Path("/gaps/{competency}/people")
    public ReportApi.NeedList people(@PathParam("competency") String competency,
                                     @BeanParam ReportQuery query,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("50") int size) {
        return gaps.needs(query.filters(), competency, page, size);
    }

    @GET
    @Path("/coverage")
    public ReportApi.Coverage coverage(@BeanParam ReportQuery query,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return coverage.coverage(query.filters(), page, size);
    }

    @GET
    @Path("/coverage/regions")
    public ReportApi.RegionCoverage regions(@BeanParam ReportQuery query,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        return coverage.regions(query.filters(), page, size);
    }

    @GET
    @Path("/coverage/cadres")
    public ReportApi.CadreTotals cadres(@BeanParam ReportQuery query) {
        return coverage.cadres(query.filters());
    }

    @GET
    @Path("/coverage/trend")
    public ReportApi.Trend trend(@BeanParam ReportQuery query) {
        return coverage.trend(query.filters());
    }
}
