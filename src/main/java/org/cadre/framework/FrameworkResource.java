package org.cadre.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * Competency frameworks. Every signed-in role reads them; only admins create and edit drafts, publish,
 * retire and import. A version's body (create, edit) has the same shape as a curricula file, as JSON.
 */
@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    public record NewVersion(@NotBlank String version, @NotBlank String copyOf) {
    }

    public record ImportResult(String outcome, FrameworkViews.VersionSummary version) {
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkDrafts drafts;

    @Inject
    CasePackages casePackages;

    @Inject
    FrameworkLoader loader;

    @GET
    @Authenticated
    public List<FrameworkViews.FrameworkSummary> list() {
        return frameworks.list();
    }

    @GET
    @Path("load-report")
    @RolesAllowed(Roles.ADMIN)
    public List<FrameworkLoader.FileOutcome> loadReport() {
        return loader.lastReport();
    }

    @GET
    @Path("{code}")
    @Authenticated
    public FrameworkViews.FrameworkSummary framework(@PathParam("code") String code) {
        return frameworks.framework(code);
    }

    @GET
    @Path("{code}/versions")
    @Authenticated
    public List<FrameworkViews.VersionSummary> versions(@PathParam("code") String code) {
        return frameworks.framework(code).versions();
    }

    @GET
    @Path("{code}/versions/{version}")
    @Authenticated
    public FrameworkViews.VersionTree version(@PathParam("code") String code, @PathParam("version") String version) {
        return frameworks.tree(code, version);
    }

    @GET
    @Path("{code}/diff")
    @Authenticated
    public FrameworkDiff diff(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null || from.isBlank()) {
            throw ApiProblem.invalid("from", "the version to compare from is required");
        }
        if (to == null || to.isBlank()) {
            throw ApiProblem.invalid("to", "the version to compare to is required");
        }
        return frameworks.diff(code, from, to);
    }

    @GET
    @Path("{code}/versions/{version}/case")
    @Authenticated
    public ObjectNode exportCase(@PathParam("code") String code, @PathParam("version") String version) {
        return casePackages.export(code, version);
    }

    @POST
    @Path("case")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importCase(JsonNode pkg) {
        if (pkg == null || !pkg.isObject()) {
            throw ApiProblem.invalid("CFDocument", "a CASE package (JSON object) is required");
        }
        ImportingFrameworks.Result result = casePackages.importPackage(pkg);
        FrameworkViews.VersionSummary summary = summaryOf(result.version().framework.code, result.version().version);
        ImportResult body = new ImportResult(result.outcome().name().toLowerCase(), summary);
        if (result.outcome() == ImportingFrameworks.Outcome.CREATED) {
            return Response.created(location(result.version())).entity(body).build();
        }
        return Response.ok(body).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        FrameworkVersion v = drafts.create(parse(body), "api");
        return Response.created(location(v)).entity(frameworks.tree(v.framework.code, v.version)).build();
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("code") String code, @Valid NewVersion request) {
        if (request == null) {
            throw ApiProblem.invalid("version", "must not be blank");
        }
        FrameworkVersion v = drafts.copy(code, request.copyOf(), request.version());
        return Response.created(location(v)).entity(frameworks.tree(v.framework.code, v.version)).build();
    }

    @PUT
    @Path("{code}/versions/{version}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public FrameworkViews.VersionTree edit(@PathParam("code") String code, @PathParam("version") String version, String body) {
        drafts.edit(code, version, parse(body));
        return frameworks.tree(code, version);
    }

    @POST
    @Path("{code}/versions/{version}/publish")
    @RolesAllowed(Roles.ADMIN)
    public FrameworkViews.VersionSummary publish(@PathParam("code") String code, @PathParam("version") String version) {
        drafts.publish(code, version);
        return summaryOf(code, version);
    }

    @POST
    @Path("{code}/versions/{version}/retire")
    @RolesAllowed(Roles.ADMIN)
    public FrameworkViews.VersionSummary retire(@PathParam("code") String code, @PathParam("version") String version) {
        drafts.retire(code, version);
        return summaryOf(code, version);
    }

    @DELETE
    @Path("{code}/versions/{version}")
    @RolesAllowed(Roles.ADMIN)
    public Response deleteDraft(@PathParam("code") String code, @PathParam("version") String version) {
        drafts.delete(code, version);
        return Response.noContent().build();
    }

    private FrameworkViews.VersionSummary summaryOf(String code, String version) {
        return frameworks.framework(code).versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Framework " + code + " version " + version));
    }

    private static URI location(FrameworkVersion v) {
        return URI.create("/api/v1/frameworks/" + v.framework.code + "/versions/" + v.version);
    }

    private static FrameworkDefinition parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiProblem.invalid("code", "a framework version (JSON, same shape as a curricula file) is required");
        }
        try {
            return CurriculumReader.read("request.json", body);
        } catch (CurriculumException e) {
            throw ApiProblem.badRequest("The framework version is not valid",
                    e.problems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList());
        }
    }
}
