package org.cadre.certification;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.RateLimiter;
import org.cadre.security.Roles;

import java.util.UUID;

/**
 * One certificate: revoking and renewing it (admins, trainers of its cohort) and the public check by
 * verification code (no login; rate-limited per client address; unknown codes answer a plain 404).
 */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    IssuingCertificates issuing;

    @Inject
    CertificateRegister register;

    @Inject
    RateLimiter rateLimiter;

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificationApi.CertificateView revoke(@PathParam("id") UUID id,
                                                   @Valid @NotNull CertificationApi.RevokeRequest request) {
        return issuing.revoke(id, request);
    }

    @POST
    @Path("{id}/renew")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    public CertificationApi.CertificateView renew(@PathParam("id") UUID id) {
        return issuing.renew(id);
    }

    @GET
    @Path("verify/{code}")
    @PermitAll
    public CertificationApi.Verification verify(@PathParam("code") String code, @Context HttpServerRequest request) {
        rateLimiter.acquire(RateLimiter.Purpose.VERIFICATION, clientAddress(request));
        return register.verify(code);
    }

    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
