package org.cadre.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.cadre.security.CurrentUser;

import java.net.URI;
import java.util.Locale;

/** The language switcher: a small CSRF-protected form in the layout posts here. */
@Path("/lang")
@PermitAll
public class LanguageResource {

    @Inject
    CurrentUser user;

    @Inject
    LanguagePreferenceRepository preferences;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        Locale locale = Locales.supported(lang).orElseThrow(() -> new jakarta.ws.rs.BadRequestException("Unsupported language"));
        String tag = locale.getLanguage();
        user.subject().ifPresent(subject -> preferences.save(subject, tag));
        NewCookie cookie = new NewCookie.Builder(Locales.COOKIE).value(tag).path("/").maxAge(60 * 60 * 24 * 365)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeBack(back))).cookie(cookie).build();
    }

    /** Only paths of this site: never an open redirect. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
