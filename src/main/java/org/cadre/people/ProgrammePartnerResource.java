package org.cadre.people;

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

import java.util.List;
import java.util.UUID;

/** The partner organisations of a programme. */
@Path("/api/v1/programmes/{id}/partners")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammePartnerResource {

    public record Partners(@NotNull List<@NotNull UUID> organisationIds) {
    }

    @Inject
    ProgrammePartners partners;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    public List<OrganisationResource.OrganisationView> list(@PathParam("id") UUID id) {
        return partners.of(id).stream().map(OrganisationResource::view).toList();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<OrganisationResource.OrganisationView> set(@PathParam("id") UUID id, @Valid @NotNull Partners request) {
        return partners.set(id, request.organisationIds()).stream().map(OrganisationResource::view).toList();
    }
}
