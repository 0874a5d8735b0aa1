package org.cadre.mentoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mentor's mentees (and who assigns them), and a mentee's visits and open action points. */
@Path("/api/v1/mentees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MenteeResource {

    @Inject
    MentoringService mentoring;

    @Inject
    VisitService visits;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MENTOR})
    public List<VisitApi.MenteeView> mine() {
        return mentoring.myMentees();
    }

    @POST
    @Path("/assignments")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    public Response assign(@Valid @NotNull VisitApi.AssignmentRequest request) {
        return Response.status(201).entity(mentoring.assign(request)).build();
    }

    @GET
    @Path("/{personId}/visits")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<VisitApi.VisitSummary> visits(@PathParam("personId") UUID personId) {
        return visits.ofMentee(personId);
    }

    @GET
    @Path("/{personId}/open-action-points")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<VisitApi.ActionPointView> openActionPoints(@PathParam("personId") UUID personId) {
        return mentoring.openActionPoints(personId, LocalDate.now());
    }
}
