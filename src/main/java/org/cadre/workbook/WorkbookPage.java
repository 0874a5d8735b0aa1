package org.cadre.workbook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.report.ReportQuery;
import org.cadre.security.CurrentUser;
import org.cadre.security.RateLimiter;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/**
 * Workbook pages (signed in with the browser session; the {@code /api} routes take bearer tokens only):
 * the downloads linked from the cohort and report pages, and the import pages: a plain upload form
 * (multipart, with the CSRF token as a form field), the preview of every row with its errors by row and
 * column, then a button that saves all rows or none, and the result.
 */
@Path("/workbook")
public class WorkbookPage {
    // No @Produces on downloads: a browser following a link may accept only text/html; the answer says it is .xlsx.

    /** The import kinds a page may upload, in the order the cohort page lists them. */
    static final List<String> KINDS = List.of("participants", "attendance", "scores", "regions");

    @Inject
    CohortDownloads cohortDownloads;

    @Inject
    ReportDownloads reportDownloads;

    @Inject
    WorkbookImports imports;

    @Inject
    WorkbookConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentUser user;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(String kind, String scope, String back, long maxBytes);

        static native TemplateInstance preview(ImportPreview preview, String back);

        static native TemplateInstance result(ImportPreview preview, String back);
    }

    @GET
    @Path("cohorts/{id}/{export}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response cohortWorkbook(@PathParam("id") UUID id, @PathParam("export") String export) {
        return cohortDownloads.download(id, export);
    }

    /** The gap or coverage report as a workbook, linked from the report pages with the same filters. */
    @GET
    @Path("reports/{report}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response report(@PathParam("report") String report, @BeanParam ReportQuery query) {
        return reportDownloads.download(report,
                query.filters());
    }

    /** The upload form of one import kind into one scope (a cohort); refused before a file is chosen. */
    @GET
    @Path("imports/{kind}")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance uploadForm(@PathParam("kind") String kind, @RestQuery String scope) {
        if (!KINDS.contains(kind)) {
            throw ApiProblem.notFound("Import kind " + kind);
        }
        String s = blankToNull(scope);
        imports.authorise(kind, s);
        return Templates.upload(kind, s, back(s), config.maxUploadBytes());
    }

    /** Reads the uploaded file (nothing but the preview is stored) and shows the preview. */
    @POST
    @Path("imports/{kind}")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("kind") String kind, @RestForm String scope, @RestForm("file") FileUpload file) {
        if (!KINDS.contains(kind)) {
            throw ApiProblem.notFound("Import kind " + kind);
        }
        rateLimiter.acquire(RateLimiter.Purpose.IMPORTS, user.getUsername());
        if (file == null || file.uploadedFile() == null || !Files.exists(file.uploadedFile())) {
            throw ApiProblem.invalid("file", "choose the workbook (.xlsx) to upload");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw WorkbookRefused.tooLarge(file.size(), config.maxUploadBytes());
        }
        ImportPreview preview = imports.preview(kind, blankToNull(scope), file.fileName(), file.uploadedFile());
        return Response.seeOther(URI.create("/workbook/imports/" + preview.id() + "/preview")).build();
    }

    @GET
    @Path("imports/{id}/preview")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance preview(@PathParam("id") UUID id) {
        ImportPreview preview = imports.get(id);
        if (!WorkbookImport.PREVIEWED.equals(preview.status())) {
            return Templates.result(preview, back(preview.scope()));
        }
        return Templates.preview(preview, back(preview.scope()));
    }

    /** Saves every row or none (a row with an error, or one that no longer fits, refuses the lot). */
    @POST
    @Path("imports/{id}/commit")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance commit(@PathParam("id") UUID id) {
        ImportPreview done = imports.commit(id);
        return Templates.result(done, back(done.scope()));
    }

    @POST
    @Path("imports/{id}/discard")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance discard(@PathParam("id") UUID id) {
        ImportPreview done = imports.discard(id);
        return Templates.result(done, back(done.scope()));
    }

    /** Where the pages lead back to: the cohort of the import, else home. */
    private static String back(String scope) {
        if (scope == null) {
            return "/";
        }
        try {
            return "/cohorts/" + UUID.fromString(scope);
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
