package org.cadre.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Programmes: a published framework version adopted for some countries, with the competencies selected from it. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    /** {@code competencies}: codes of the adopted version; omitted or empty adopts all of them. */
    public record NewProgramme(@NotBlank @Size(max = 200) String name, @NotEmpty Set<String> countries,
                               @NotBlank String framework, @NotBlank String frameworkVersion, List<String> competencies) {
    }

    public record ProgrammeChange(@NotBlank @Size(max = 200) String name, @NotEmpty Set<String> countries,
                                  List<String> competencies) {
    }

    @Inject
    ProgrammeService programmes;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<ProgrammeService.ProgrammeView> list() {
        return programmes.visible();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public ProgrammeService.ProgrammeView get(@PathParam("id") UUID id) {
        return programmes.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid NewProgramme request) {
        if (request == null) {
            throw ApiProblem.invalid("name", "must not be blank");
        }
        ProgrammeService.ProgrammeView view = programmes.create(request.name(), request.countries(), request.framework(),
                request.frameworkVersion(), request.competencies());
        return Response.created(URI.create("/api/v1/programmes/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeService.ProgrammeView update(@PathParam("id") UUID id, @Valid ProgrammeChange request) {
        if (request == null) {
            throw ApiProblem.invalid("name", "must not be blank");
        }
        return programmes.update(id, request.name(), request.countries(), request.competencies());
    }
}
