package org.cadre.certification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.RateLimiter;

/**
 * The public certificate check, no login: a form for the code, and the certificate's holder,
 * programme, attested competencies, dates and status — nothing else. Rate-limited per client address.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class VerifyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String code, CertificationApi.Verification certificate);
    }

    @Inject
    CertificateRegister register;

    @Inject
    RateLimiter rateLimiter;

    @GET
    public TemplateInstance form(@QueryParam("code") String code, @Context HttpServerRequest request) {
        if (code == null || code.isBlank()) {
            return Templates.verify("", null);
        }
        return check(code, request);
    }

    @GET
    @Path("/{code}")
    public TemplateInstance check(@PathParam("code") String code, @Context HttpServerRequest request) {
        rateLimiter.acquire(RateLimiter.Purpose.VERIFICATION, CertificateResource.clientAddress(request));
        return Templates.verify(VerificationCodes.normalise(code), register.verify(code));
    }
}
