package org.cadre.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The access log as a page for admins, newest first, filterable by user and record. */
@Path("/admin/access-log")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AccessLogPage {

    private static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccessLog.Entry> entries, AccessLog.Filter filter, int page,
                                            boolean hasNext);
    }

    @Inject
    AccessLog log;

    @GET
    public TemplateInstance list(@QueryParam("actor") String actor, @QueryParam("subjectType") String subjectType,
                                 @QueryParam("subjectId") String subjectId,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        AccessLog.Filter filter = new AccessLog.Filter(actor, subjectType, subjectId);
        int current = Math.max(0, page);
        List<AccessLog.Entry> entries = log.search(filter, current, PAGE_SIZE + 1);
        boolean hasNext = entries.size() > PAGE_SIZE;
        return Templates.list(hasNext ? entries.subList(0, PAGE_SIZE) : entries, filter, current, hasNext);
    }
}
