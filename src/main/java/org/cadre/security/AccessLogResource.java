package org.cadre.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admins read who accessed which personal records. */
@Path("/api/v1/admin/access-log")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    @Inject
    AccessLog log;

    @GET
    public List<AccessLog.Entry> search(@QueryParam("actor") String actor,
                                        @QueryParam("subjectType") String subjectType,
                                        @QueryParam("subjectId") String subjectId,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return log.search(new AccessLog.Filter(actor, subjectType, subjectId), page, size);
    }
}
