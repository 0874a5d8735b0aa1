package org.cadre.certification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Certificate pages: the printable certificate in the holder's language (print CSS, server-drawn QR
 * code), its PDF and Open Badge downloads, a cohort's register and a person's certificates. Admins,
 * master trainers of the cohort, programme managers of its country and the holder may read a
 * certificate; anyone else gets 404.
 */
@Path("/certificates")
@Produces(MediaType.TEXT_HTML)
public class CertificatePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance printable(CertificateDocument doc, String qr);

        static native TemplateInstance register(String heading, List<CertificationApi.CertificateView> certificates);
    }

    @Inject
    CertificateDocuments documents;

    @Inject
    CertificateRegister register;

    @Inject
    CertificationService certification;

    @Inject
    OpenBadges badges;

    @Inject
    BadgeSigner signer;

    @Inject
    PublicBaseUrl baseUrl;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public TemplateInstance printable(@PathParam("id") UUID id, @QueryParam("lang") String lang,
                                      @Context HttpServerRequest request) {
        CertificateDocument doc = documents.read(id, lang, baseUrl.of(request), "printable certificate");
        CertificationMessages words = words(doc);
        TemplateInstance page = Templates.printable(doc, QrCodes.svg(doc.verifyUrl(), words.print_qr()));
        page.setLocale(doc.locale());
        return page;
    }

    @GET
    @Path("/{id}/certificate.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML, MediaType.WILDCARD})
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public Response pdf(@PathParam("id") UUID id, @QueryParam("lang") String lang, @Context HttpServerRequest request) {
        CertificateDocument doc = documents.read(id, lang, baseUrl.of(request), "certificate pdf");
        return Response.ok(CertificatePdf.render(doc, words(doc)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number() + ".pdf\"").build();
    }

    /** The Open Badge for a browser session (the API route takes bearer tokens); {@code format=jwt} for the signed form. */
    @GET
    @Path("/{id}/badge")
    @Produces({"application/ld+json", "application/vc+jwt", MediaType.TEXT_HTML, MediaType.WILDCARD})
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public Response badge(@PathParam("id") UUID id, @QueryParam("lang") String lang, @QueryParam("format") String format,
                          @Context HttpServerRequest request) {
        signer.requireKey();
        CertificateDocument doc = documents.read(id, lang, baseUrl.of(request), "open badge");
        boolean jwt = "jwt".equalsIgnoreCase(format);
        Object body = jwt ? signer.sign(badges.credential(doc)) : badges.credential(doc);
        return Response.ok(body, jwt ? "application/vc+jwt" : "application/ld+json")
                .header("Content-Disposition", "attachment; filename=\"" + doc.number() + (jwt ? ".jwt" : ".json") + "\"")
                .build();
    }

    @GET
    @Path("/cohorts/{cohortId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public TemplateInstance cohort(@PathParam("cohortId") UUID cohortId) {
        List<CertificationApi.CertificateView> list = register.ofCohort(cohortId);
        return Templates.register(list.isEmpty() ? "" : list.get(0).programme(), list);
    }

    @GET
    @Path("/people/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public TemplateInstance person(@PathParam("personId") UUID personId) {
        List<CertificationApi.CertificateView> list = documents.ofPerson(personId);
        return Templates.register(list.isEmpty() ? "" : list.get(0).name(), list);
    }

    /** The signed-in person's own certificates. */
    @GET
    @Path("/mine")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER, Roles.TRAINEE})
    public Response mine() {
        UUID me = documents.me().orElseThrow(() -> ApiProblem.notFound("Your person record"));
        return Response.seeOther(URI.create("/certificates/people/" + me)).build();
    }

    private static CertificationMessages words(CertificateDocument doc) {
        return MessageBundles.get(CertificationMessages.class, Localized.Literal.of(doc.language()));
    }
}
