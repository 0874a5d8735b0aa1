package org.cadre.certification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (Verifiable Credentials 2.0 data
 * model, JSON-LD). The achievement is the programme; its {@code alignment} lists every attested
 * competency as a CASE item ({@code CFItem}) of the framework version. The credential is valid from the
 * issue date through the expiry date; a revoked certificate's validity ends when it was revoked, and
 * {@code credentialStatus} points at the public check, which always tells the current status.
 * {@code issuanceDate}/{@code expirationDate} repeat the same instants for verifiers of the first
 * OB 3.0 release (Verifiable Credentials 1.1).
 */
@ApplicationScoped
class OpenBadges {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "cadre.framework.case-base-url")
    String caseBaseUrl;

    /** The issuer, as every badge names it and as {@code GET /api/v1/certificates/issuer} publishes it. */
    ObjectNode issuer(String baseUrl, String name) {
        ObjectNode issuer = json.createObjectNode();
        issuer.put("id", baseUrl + "/api/v1/certificates/issuer");
        issuer.putArray("type").add("Profile");
        issuer.put("name", name);
        issuer.put("url", baseUrl);
        return issuer;
    }

    ObjectNode credential(CertificateDocument doc) {
        CertificationMessages words = MessageBundles.get(CertificationMessages.class, Localized.Literal.of(doc.language()));
        String base = doc.baseUrl();
        ObjectNode c = json.createObjectNode();
        c.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        c.put("id", "urn:uuid:" + doc.id());
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.put("name", doc.programme() + " — " + doc.number());
        String framework = doc.frameworkTitle() + " " + doc.frameworkVersion();
        c.put("description", words.badge_description(doc.number(), doc.programme(), framework));
        c.set("issuer", issuer(base, doc.issuer()));
        Instant from = doc.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        // valid through the expiry date (UTC), or until revoked
        Instant until = doc.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        if (doc.revokedAt() != null && doc.revokedAt().isBefore(until)) {
            until = doc.revokedAt().truncatedTo(ChronoUnit.SECONDS);
        }
        c.put("validFrom", iso(from));
        c.put("validUntil", iso(until));
        c.put("issuanceDate", iso(from));
        c.put("expirationDate", iso(until));

        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", doc.name());
        identity.put("identityType", "name");
        subject.put("licenseNumber", doc.number());

        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "urn:uuid:" + doc.programmeId());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "Certificate");
        achievement.put("name", doc.programme());
        achievement.put("description", words.badge_description(doc.number(), doc.programme(), framework));
        achievement.putObject("criteria").put("narrative", words.badge_criteria());
        achievement.put("@language", doc.language());
        achievement.put("humanCode", doc.frameworkCode() + " " + doc.frameworkVersion());
        ArrayNode alignment = achievement.putArray("alignment");
        String cfItems = caseBaseUrl.replaceAll("/+$", "") + "/CFItems/";
        for (CertificateDocument.Line line : doc.competencies()) {
            ObjectNode a = alignment.addObject();
            a.putArray("type").add("Alignment");
            a.put("targetName", line.code() + " " + line.title());
            a.put("targetDescription", line.title());
            a.put("targetCode", line.code());
            a.put("targetFramework", framework);
            a.put("targetType", "CFItem");
            a.put("targetUrl", line.competencyId() == null
                    ? base + "/api/v1/frameworks/" + doc.frameworkCode() + "/versions/" + doc.frameworkVersion()
                    : cfItems + line.competencyId());
        }

        ObjectNode status = c.putObject("credentialStatus");
        status.put("id", base + "/api/v1/certificates/verify/" + doc.verificationCode());
        status.put("type", "CadreCertificateCheck");
        status.put("statusPurpose", "revocation");
        status.put("status", doc.status());
        c.putArray("credentialSchema").addObject().put("id", SCHEMA).put("type", "1EdTechJsonSchemaValidator2019");
        return c;
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
