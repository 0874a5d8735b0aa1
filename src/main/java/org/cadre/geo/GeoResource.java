package org.cadre.geo;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Countries (ISO 3166-1) and their regions. Reference data: every signed-in role reads it; admins add regions. */
@Path("/api/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
public class GeoResource {

    public record RegionView(UUID id, String country, String name, String kind) {
    }

    public record NewRegion(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[a-z-]{2,40}", message = "must be a lower-case word such as province, county, raion") String kind) {
    }

    @Inject
    RegionRepository regions;

    @Inject
    Locales locales;

    @GET
    @Authenticated
    public List<Countries.Country> countries() {
        return Countries.all(locales.current());
    }

    @GET
    @Path("{code}/regions")
    @Authenticated
    public List<RegionView> regions(@PathParam("code") String code) {
        String country = known(code);
        return regions.ofCountry(country).stream().map(GeoResource::view).toList();
    }

    @POST
    @Path("{code}/regions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response addRegion(@PathParam("code") String code, @Valid NewRegion request) {
        if (request == null) {
            throw ApiProblem.invalid("name", "must not be blank");
        }
        String country = known(code);
        String name = request.name().strip();
        if (regions.exists(country, name)) {
            throw ApiProblem.conflict("The region " + name + " already exists in " + country);
        }
        Region region = new Region();
        region.id = UUID.randomUUID();
        region.countryCode = country;
        region.name = name;
        region.kind = request.kind() == null ? "region" : request.kind();
        region.createdAt = Instant.now();
        regions.persist(region);
        return Response.created(URI.create("/api/v1/countries/" + country + "/regions/" + region.id))
                .entity(view(region)).build();
    }

    private static String known(String code) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(upper)) {
            throw ApiProblem.notFound("Country " + code);
        }
        return upper;
    }

    private static RegionView view(Region r) {
        return new RegionView(r.id, r.countryCode, r.name, r.kind);
    }
}
