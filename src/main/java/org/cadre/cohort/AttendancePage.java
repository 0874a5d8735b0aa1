package org.cadre.cohort;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Taking attendance for a whole session on a phone: one row per enrolee with four radio buttons and the
 * minutes, one submit. Fields: {@code status.<personId>} and {@code minutes.<personId>}; a row left
 * without a status is not recorded.
 */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class AttendancePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(CohortApi.SessionAttendance sheet, CohortApi.CohortView cohort,
                                             List<String> statuses, boolean saved, String error);
    }

    @Inject
    RecordingAttendance attendance;

    @Inject
    CohortService cohorts;

    @GET
    @Path("{id}/attendance")
    public TemplateInstance sheet(@PathParam("id") UUID id) {
        return render(attendance.sheet(id), false, null);
    }

    private TemplateInstance render(CohortApi.SessionAttendance sheet, boolean saved, String error) {
        return Templates.sheet(sheet, cohorts.view(sheet.session().cohortId()), Attendance.STATUSES, saved, error);
    }

    @POST
    @Path("{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        CohortApi.SessionAttendance current = attendance.sheet(id);
        List<CohortApi.AttendanceEntry> entries = new ArrayList<>();
        for (CohortApi.AttendanceLine line : current.lines()) {
            String status = form.getFirst("status." + line.personId());
            if (status == null || status.isBlank()) {
                continue;
            }
            String minutesText = form.getFirst("minutes." + line.personId());
            Integer minutes = null;
            if (minutesText != null && !minutesText.isBlank()) {
                try {
                    minutes = Integer.valueOf(minutesText.strip());
                } catch (NumberFormatException e) {
                    return Response.status(400).entity(render(current, false, line.name() + ": " + minutesText)).build();
                }
            }
            entries.add(new CohortApi.AttendanceEntry(line.personId(), status, minutes));
        }
        try {
            return Response.ok(render(attendance.record(id, entries), true, null)).build();
        } catch (ApiProblem e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(render(current, false, e.getMessage())).build();
        }
    }
}
