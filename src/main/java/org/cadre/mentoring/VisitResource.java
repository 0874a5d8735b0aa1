package org.cadre.mentoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.assessment.EvidenceAudit;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mentoring visits. {@code PUT /api/v1/visits/{id}} with a client-generated UUID creates the visit
 * (201) or, sent again with the same content, answers it unchanged (200). Edits need the version last
 * seen (If-Match: "n", or {@code version} in the body); a stale one answers 409 with {@code yours} and
 * {@code current}.
 */
@Path("/api/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    VisitService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MENTOR})
    public List<VisitApi.VisitSummary> mine() {
        return service.mine();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public Response get(@PathParam("id") UUID id) {
        VisitApi.VisitView view = service.get(id);
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public List<EvidenceAudit.Line> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MENTOR})
    public Response put(@PathParam("id") UUID id, @Valid @NotNull VisitApi.VisitRequest request,
                        @HeaderParam("If-Match") String ifMatch) {
        VisitService.Saved saved = service.put(id, request, parseIfMatch(ifMatch));
        return Response.status(saved.created() ? 201 : 200).entity(saved.visit()).tag(etag(saved.visit())).build();
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Roles.ADMIN, Roles.MENTOR})
    public Response correct(@PathParam("id") UUID id, @Valid @NotNull VisitApi.CorrectionRequest request) {
        VisitApi.VisitView view = service.correct(id, request);
        return Response.ok(view).tag(etag(view)).build();
    }

    @PUT
    @Path("/{id}/action-points/{pointId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.MENTOR})
    public VisitApi.ActionPointView status(@PathParam("id") UUID id, @PathParam("pointId") UUID pointId,
                                           @Valid @NotNull VisitApi.StatusRequest request) {
        return service.setStatus(id, pointId, request.status());
    }

    @ServerExceptionMapper
    Response conflict(VisitConflict conflict) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + conflict.type());
        body.put("title", "Conflict");
        body.put("status", 409);
        body.put("detail", conflict.getMessage());
        body.put("yours", conflict.yours);
        body.put("current", conflict.current);
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).tag(etag(conflict.current)).build();
    }

    static EntityTag etag(VisitApi.VisitView view) {
        return new EntityTag(Integer.toString(view.version()));
    }

    static Integer parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("If-Match", "expected the ETag of the visit, e.g. \"3\"");
        }
    }
}
