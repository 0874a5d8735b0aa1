package org.cadre.workbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.util.UUID;

/**
 * Workbook downloads for pages (signed in with the browser session; the {@code /api} routes take bearer
 * tokens only): the links on the cohort page point here.
 */
@Path("/workbook")
public class WorkbookPage {
    // No @Produces: a browser following a link may accept only text/html; the answer says it is .xlsx.

    @Inject
    CohortDownloads cohortDownloads;

    @GET
    @Path("cohorts/{id}/{export}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response cohortWorkbook(@PathParam("id") UUID id, @PathParam("export") String export) {
        return cohortDownloads.download(id, export);
    }
}
