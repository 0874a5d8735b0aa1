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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.util.List;
import java.util.UUID;

/** Assessments (knowledge tests, practical, observation, self) and knowledge gains. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE, Roles.PROGRAMME_MANAGER})
    public Response record(@Valid @NotNull AssessmentApi.AssessmentRequest request) {
        return Response.status(201).entity(service.record(request)).build();
    }

    @POST
    @Path("/imports")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    public Response importRatings(@Valid @NotNull AssessmentApi.ImportRequest request) {
        return Response.status(201).entity(service.importRatings(request)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public AssessmentApi.AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/gains/cohorts/{cohortId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public AssessmentApi.CohortGain cohortGain(@PathParam("cohortId") UUID cohortId) {
        return service.cohortGain(cohortId);
    }

    @GET
    @Path("/gains/people/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<AssessmentApi.TraineeGain> personGain(@PathParam("personId") UUID personId) {
        return service.personGain(personId);
    }
}
