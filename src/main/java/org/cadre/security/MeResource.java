package org.cadre.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cadre.web.Locales;

import java.util.List;
import java.util.Set;

/** Who the API thinks you are: useful to check a token and its scope. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, String name, List<String> roles, Set<String> countries, String locale) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Locales locales;

    @GET
    public Me me() {
        return new Me(user.getUsername(), user.getName(), user.getRoles(), user.getCountries(),
                locales.current().toLanguageTag());
    }
}
