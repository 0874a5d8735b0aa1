package org.cadre.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;

import java.util.UUID;

/** A programme's certification policy (the defaults until an admin sets one). Admins only. */
@Path("/api/v1/programmes/{id}/certification-policy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CertificationPolicyResource {

    @Inject
    CertificationService certification;

    @GET
    public CertificationApi.PolicyView get(@PathParam("id") UUID id) {
        return certification.policy(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CertificationApi.PolicyView set(@PathParam("id") UUID id, @Valid @NotNull CertificationApi.PolicyRequest request) {
        return certification.setPolicy(id, request);
    }
}
