package org.cadre.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.Locales;

import java.util.UUID;

/** A person's competency profile: chart (server-side SVG), values with their reasons, roll-ups, history. */
@Path("/profiles")
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Profile profile, String chart);
    }

    @Inject
    ProfileService profiles;

    @Inject
    Locales locales;

    @GET
    @Path("/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public TemplateInstance profile(@PathParam("personId") UUID personId, @QueryParam("frameworkVersion") UUID version) {
        Profile profile = profiles.profile(personId, version);
        return Templates.profile(profile, profile.frameworkVersionId() == null ? "" : chart(profile));
    }

    /** The chart alone (e.g. to save or embed); any Accept header gets it, as browsers navigating send text/html. */
    @GET
    @Path("/{personId}/chart.svg")
    @Produces({"image/svg+xml", MediaType.TEXT_HTML, MediaType.WILDCARD})
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.MENTOR, Roles.TRAINEE})
    public Response chart(@PathParam("personId") UUID personId, @QueryParam("frameworkVersion") UUID version) {
        return Response.ok(chart(profiles.profile(personId, version)), "image/svg+xml").build();
    }

    private String chart(Profile profile) {
        AssessmentMessages words = MessageBundles.get(AssessmentMessages.class,
                Localized.Literal.of(locales.current().toLanguageTag()));
        String threshold = profile.scale().stream().filter(Profile.Step::proficient).findFirst()
                .map(s -> s.position() + " " + s.label()).orElse("");
        return ProfileChart.svg(profile, words.profile_chart() + " — " + profile.person().name(),
                words.profile_chart_desc(profile.person().name(), threshold), words.profile_threshold());
    }
}
