package org.cadre.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;

import java.util.List;
import java.util.UUID;

/** A training session's attendance sheet and its corrections; scope follows the session's cohort. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class SessionResource {

    @Inject
    RecordingAttendance attendance;

    @GET
    @Path("{id}/attendance")
    public CohortApi.SessionAttendance sheet(@PathParam("id") UUID id) {
        return attendance.sheet(id);
    }

    /** Records the sheet (all lines or none); changes to earlier lines are kept as corrections. */
    @PUT
    @Path("{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public CohortApi.SessionAttendance record(@PathParam("id") UUID id, @Valid @NotNull CohortApi.AttendanceSheet sheet) {
        return attendance.record(id, sheet.entries());
    }

    @GET
    @Path("{id}/attendance/corrections")
    public List<CohortApi.CorrectionView> corrections(@PathParam("id") UUID id) {
        return attendance.corrections(id);
    }
}
