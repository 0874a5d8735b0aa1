package org.cadre.workbook;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cadre.framework.FrameworkVersion;
import org.cadre.framework.FrameworkVersionRepository;
import org.cadre.report.ReportQuery;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

/**
 * Workbook downloads (.xlsx, in the caller's language). Each export follows the rules of the page it
 * comes from and is recorded in the workbook audit.
 */
@Path("/api/v1/workbook/exports")
@Produces({WorkbookImportResource.XLSX, "application/problem+json"})
public class WorkbookExportResource {

    @Inject
    WorkbookDownloads downloads;

    @Inject
    FrameworkExport frameworkExport;

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CohortDownloads cohortDownloads;

    @Inject
    Locales locales;

    /** A framework version; like the framework pages, for every signed-in role. */
    @GET
    @Path("frameworks/{code}/{version}")
    @Authenticated
    @Transactional
    public Response framework(@PathParam("code") String code, @PathParam("version") String version) {
        FrameworkVersion found = versions.byCodeAndVersion(code.toUpperCase(java.util.Locale.ROOT), version)
                .orElseThrow(() -> ApiProblem.notFound("Framework " + code + " version " + version));
        var language = locales.current();
        return downloads.download("framework", found.id.toString(),
                found.framework.code + "-" + found.version + "-" + language.getLanguage() + ".xlsx", false,
                book -> frameworkExport.write(book, found, language));
    }

    /** The cohort roster, for whoever may read the cohort (its trainers, programme managers of its country, admins). */
    @GET
    @Path("cohorts/{id}/roster")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response roster(@PathParam("id") java.util.UUID id) {
        return cohortDownloads.download(id, "roster");
    }

    /** Printable sign-in sheets, one per day of sessions, for whoever may read the cohort. */
    @GET
    @Path("cohorts/{id}/sign-in-sheets")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response signInSheets(@PathParam("id") java.util.UUID id) {
        return cohortDownloads.download(id, "sign-in-sheets");
    }

    /**
     * The scoring template of a cohort (one row per trainee, one dropdown column per competency of the
     * programme), for whoever may read the cohort.
     */
    @GET
    @Path("cohorts/{id}/scoring-template")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response scoringTemplate(@PathParam("id") java.util.UUID id) {
        return cohortDownloads.download(id, "scoring-template");
    }

    @Inject
    ReportDownloads reportDownloads;

    /** A cohort's certificate register, for whoever may read the cohort's certificates. */
    @GET
    @Path("cohorts/{id}/certificates")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response certificates(@PathParam("id") java.util.UUID id) {
        return cohortDownloads.download(id, "certificates");
    }

    /**
     * The gap or coverage report of a programme ({@code report} is {@code gaps} or {@code coverage}),
     * with the filters of the report pages and the same scope.
     */
    @GET
    @Path("reports/{report}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public Response report(@PathParam("report") String report, @BeanParam ReportQuery query) {
        return reportDownloads.download(report,
                query.filters());
    }
}
