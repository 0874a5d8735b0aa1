package org.cadre.geo;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Regions of every country by name, accents ignored. */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionSearchResource {

    @Inject
    RegionRepository regions;

    @GET
    @Authenticated
    public List<GeoResource.RegionView> search(@QueryParam("q") String q) {
        return regions.search(q, 100).stream()
                .map(r -> new GeoResource.RegionView(r.id, r.countryCode, r.name, r.kind)).toList();
    }
}
