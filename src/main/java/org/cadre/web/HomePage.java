package org.cadre.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The landing page: what Cadre is for visitors; name, roles and countries for a signed-in user. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Country> countries, boolean allCountries);
    }

    /** A country as a page shows it: ISO code and name in the page's language. */
    public record Country(String code, String name) {
    }

    @Inject
    CurrentUser user;

    @Inject
    Locales locales;

    @GET
    @PermitAll
    public TemplateInstance home() {
        Locale locale = locales.current();
        List<Country> countries = user.getCountries().stream()
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .toList();
        return Templates.home(countries, user.isAdmin());
    }

    /** "Sign in" points here: being protected, it starts the login; afterwards it goes home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }
}
