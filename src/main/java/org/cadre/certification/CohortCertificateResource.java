package org.cadre.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * A cohort's certificates: the register (cohort readers) and issuing (admins, trainers of the cohort).
 * Issuing answers 201 when it created any certificate, else 200 (nothing new: idempotent).
 */
@Path("/api/v1/cohorts/{id}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class CohortCertificateResource {

    @Inject
    CertificateRegister register;

    @Inject
    IssuingCertificates issuing;

    @GET
    public List<CertificationApi.CertificateView> list(@PathParam("id") UUID id) {
        return register.ofCohort(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("id") UUID id, CertificationApi.IssueRequest request) {
        CertificationApi.IssueResult result = issuing.issue(id, request);
        return Response.status(result.issued().isEmpty() ? 200 : 201).entity(result).build();
    }
}
