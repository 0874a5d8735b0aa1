package org.cadre.certification;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.RateLimiter;
import org.cadre.security.Roles;

import java.util.Map;
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

    @Inject
    CertificateDocuments documents;

    @Inject
    OpenBadges badges;

    @Inject
    BadgeSigner signer;

    @Inject
    BadgeConfig config;

    @Inject
    PublicBaseUrl baseUrl;

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

    /**
     * The certificate as an Open Badges 3.0 OpenBadgeCredential: JSON-LD by default, or signed as a
     * VC-JWT (RS256) with {@code Accept: application/vc+jwt} or {@code ?format=jwt}. {@code lang}
     * chooses the language of its texts (else the holder's). 503 when no signing key is configured.
     */
    @GET
    @Path("{id}/badge")
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+jwt"})
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public Response badge(@PathParam("id") UUID id, @QueryParam("lang") String lang, @QueryParam("format") String format,
                          @HeaderParam("Accept") String accept, @Context HttpServerRequest request) {
        signer.requireKey();
        CertificateDocument doc = documents.read(id, lang, baseUrl.of(request), "open badge");
        boolean jwt = "jwt".equalsIgnoreCase(format) || (accept != null && accept.contains("application/vc+jwt"));
        if (jwt) {
            return Response.ok(signer.sign(badges.credential(doc)), "application/vc+jwt").build();
        }
        boolean ld = accept != null && accept.contains("application/ld+json");
        return Response.ok(badges.credential(doc), ld ? "application/ld+json" : MediaType.APPLICATION_JSON).build();
    }

    /** The public key(s) that check badge signatures, as a JWK set (no login). */
    @GET
    @Path("badge-keys")
    @PermitAll
    public Map<String, Object> badgeKeys() {
        return signer.keySet();
    }

    /** The issuer's Open Badges profile, which every badge names as its issuer (no login). */
    @GET
    @Path("issuer")
    @PermitAll
    public com.fasterxml.jackson.databind.node.ObjectNode issuer(@Context HttpServerRequest request) {
        com.fasterxml.jackson.databind.node.ObjectNode profile = badges.issuer(baseUrl.of(request), config.issuerName());
        profile.putArray("@context").add(OpenBadges.VC_CONTEXT).add(OpenBadges.OB_CONTEXT);
        return profile;
    }

    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
