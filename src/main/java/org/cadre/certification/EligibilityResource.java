package org.cadre.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;

import java.util.UUID;

/** Who in a cohort may be certified, and why not. Cohort scope: trainers and admins, managers of the country. */
@Path("/api/v1/cohorts/{id}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class EligibilityResource {

    @Inject
    CertificationService certification;

    @GET
    public CertificationApi.CohortEligibility get(@PathParam("id") UUID id) {
        return certification.eligibility(id);
    }
}
