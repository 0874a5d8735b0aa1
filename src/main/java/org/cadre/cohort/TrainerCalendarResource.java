package org.cadre.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.util.UUID;

/** A trainer's sessions as an iCalendar feed. */
@Path("/api/v1/trainers")
public class TrainerCalendarResource {

    @Inject
    CalendarFeeds calendars;

    @GET
    @Path("{personId}/calendar.ics")
    @Produces(IcsWriter.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response calendar(@PathParam("personId") UUID personId) {
        return Response.ok(calendars.ofTrainer(personId), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"trainer-" + personId + ".ics\"").build();
    }
}
