package org.cadre.people;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Organisations: reference data every signed-in role reads; admins add them. */
@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    public record OrganisationView(UUID id, String name, String kind, String country, UUID regionId) {
    }

    public record NewOrganisation(@NotBlank @Size(max = 300) String name, @NotBlank String kind,
                                  @NotBlank String country, UUID regionId) {
    }

    @Inject
    PeopleService people;

    /** Search by name, accents ignored ({@code ?q=balti} finds "Bălți"); {@code country} narrows it. */
    @GET
    @Authenticated
    public List<OrganisationView> search(@QueryParam("q") String q, @QueryParam("country") String country) {
        return people.searchOrganisations(q, country).stream().map(OrganisationResource::view).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewOrganisation request) {
        Organisation o = people.createOrganisation(request.name(), request.kind(), request.country(), request.regionId());
        return Response.created(URI.create("/api/v1/organisations/" + o.id)).entity(view(o)).build();
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.countryCode, o.regionId);
    }
}
