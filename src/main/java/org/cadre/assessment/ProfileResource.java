package org.cadre.assessment;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.util.List;
import java.util.UUID;

/** A person's competency profile (derived), their ratings (evidence) and corrections of ratings. */
@Path("/api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    RecordingEvidence evidence;

    @GET
    @Path("/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public Profile profile(@PathParam("personId") UUID personId, @QueryParam("frameworkVersion") UUID version) {
        return profiles.profile(personId, version);
    }

    @GET
    @Path("/{personId}/ratings")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<AssessmentApi.RatingView> ratings(@PathParam("personId") UUID personId) {
        return profiles.ratingsOf(personId);
    }

    @POST
    @Path("/ratings/{ratingId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public Response correct(@PathParam("ratingId") UUID ratingId, @Valid @NotNull AssessmentApi.CorrectionRequest request) {
        Rating added = evidence.correct(ratingId, request.level(), request.reason(), request.note());
        return Response.status(201).entity(AssessmentApi.RatingView.of(added)).build();
    }
}
