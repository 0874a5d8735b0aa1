package org.cadre.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.security.Roles;

import java.util.List;
import java.util.UUID;

/** A programme's certificate register, limited to the cohorts the caller may read (all for admins). */
@Path("/api/v1/programmes/{id}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class ProgrammeCertificateResource {

    @Inject
    CertificateRegister register;

    @GET
    public List<CertificationApi.CertificateView> list(@PathParam("id") UUID id) {
        return register.ofProgramme(id);
    }
}
