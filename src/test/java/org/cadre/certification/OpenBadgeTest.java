package org.cadre.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.web.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open Badges 3.0: the credential validates against 1EdTech's JSON schema, aligns to the attested
 * competencies, reflects revocation; its VC-JWT verifies with the published key and a tampered copy
 * does not; who may fetch it; and without a signing key the endpoints answer 503.
 */
@QuarkusTest
class OpenBadgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    CertificateData d;

    @BeforeEach
    void data() {
        d = new CertificateData("en");
    }

    private JsonNode badge(String query) throws Exception {
        return JSON.readTree(given().when().get("/api/v1/certificates/" + d.certificate + "/badge" + query)
                .then().statusCode(200).extract().asString());
    }

    private static JsonSchema schema() {
        InputStream in = OpenBadgeTest.class.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in, config);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void isAnOpenBadgeCredentialThatValidatesAgainstTheSchema() throws Exception {
        JsonNode badge = badge("");
        Set<ValidationMessage> errors = schema().validate(badge);
        assertEquals(Set.of(), errors, badge.toPrettyString());
        assertEquals(List.of(OpenBadges.VC_CONTEXT, OpenBadges.OB_CONTEXT), texts(badge.get("@context")));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), texts(badge.get("type")));
        assertEquals(List.of("Profile"), texts(badge.at("/issuer/type")));
        assertEquals("2026-03-14T00:00:00Z", badge.get("validFrom").asText());
        assertEquals("2028-03-14T23:59:59Z", badge.get("validUntil").asText());
        assertEquals(List.of("AchievementSubject"), texts(badge.at("/credentialSubject/type")));
        assertEquals(d.name(), badge.at("/credentialSubject/identifier/0/identityHash").asText());
        JsonNode alignment = badge.at("/credentialSubject/achievement/alignment");
        assertEquals(d.codes, alignment.findValuesAsText("targetCode"));
        for (JsonNode a : alignment) {
            assertEquals("CFItem", a.get("targetType").asText());
            assertTrue(a.get("targetUrl").asText().matches("https?://.+/CFItems/[0-9a-f-]{36}"), a.toString());
            assertFalse(a.get("targetFramework").asText().isBlank());
        }
        assertEquals("active", badge.at("/credentialStatus/status").asText());
        assertTrue(badge.at("/credentialStatus/id").asText().endsWith("/api/v1/certificates/verify/" + d.code));

        // the validator does reject a credential without its achievement
        ObjectNode broken = badge.deepCopy();
        ((ObjectNode) broken.get("credentialSubject")).remove("achievement");
        assertFalse(schema().validate(broken).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void speaksTheAskedLanguage() throws Exception {
        JsonNode ro = badge("?lang=ro");
        assertEquals("ro", ro.at("/credentialSubject/achievement/@language").asText());
        assertTrue(ro.at("/credentialSubject/achievement/alignment/0/targetName").asText()
                .endsWith("Conduce interviul de primire și evaluarea inițială"), ro.toString());
        assertTrue(ro.get("description").asText().startsWith("Certificatul " + d.number), ro.get("description").asText());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aRevokedCertificatesBadgeSaysSoAndEndsAtTheRevocation() throws Exception {
        CertificationFixtures.update("update certificate set revoked_at = now(), revoked_by = 'test', revoked_reason = 'forged' where id = ?1",
                d.certificate);
        JsonNode badge = badge("");
        assertEquals("revoked", badge.at("/credentialStatus/status").asText());
        assertFalse(Instant.parse(badge.get("validUntil").asText()).isAfter(Instant.now()));
        assertEquals(Set.of(), schema().validate(badge));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSignedBadgeVerifiesWithThePublishedKeyAndATamperedOneDoesNot() throws Exception {
        String jwt = given().when().get("/api/v1/certificates/" + d.certificate + "/badge?format=jwt").then().statusCode(200)
                .contentType("application/vc+jwt").extract().asString();
        String viaAccept = given().accept("application/vc+jwt").when().get("/api/v1/certificates/" + d.certificate + "/badge")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        assertEquals(3, viaAccept.split("\\.").length);
        JsonNode header = JSON.readTree(B64.decode(parts[0]));
        assertEquals("RS256", header.get("alg").asText());

        JsonNode keys = JSON.readTree(given().when().get("/api/v1/certificates/badge-keys").then().statusCode(200)
                .body("keys", hasSize(1)).body("keys[0].kty", equalTo("RSA")).extract().asString());
        JsonNode jwk = keys.at("/keys/0");
        assertEquals(header.get("kid").asText(), jwk.get("kid").asText());
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, B64.decode(jwk.get("n").asText())), new BigInteger(1, B64.decode(jwk.get("e").asText()))));

        assertTrue(verifies(key, parts[0] + "." + parts[1], parts[2]));
        JsonNode payload = JSON.readTree(B64.decode(parts[1]));
        assertEquals(d.name(), payload.at("/credentialSubject/identifier/0/identityHash").asText());
        assertEquals(Set.of(), schema().validate(payload));

        ObjectNode forged = payload.deepCopy();
        forged.put("validUntil", "2099-12-31T23:59:59Z");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(forged));
        assertFalse(verifies(key, parts[0] + "." + forgedPayload, parts[2]));
    }

    @Test
    void theIssuerProfileAndKeysArePublic() {
        given().when().get("/api/v1/certificates/issuer").then().statusCode(200)
                .body("type[0]", equalTo("Profile")).body("name", equalTo("Cadre"));
        given().when().get("/api/v1/certificates/badge-keys").then().statusCode(200).body("keys[0].alg", equalTo("RS256"));
        given().when().get("/api/v1/certificates/" + d.certificate + "/badge").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = CertificateData.HOLDER_USER, roles = "trainee")
    void theHolderGetsTheirOwnBadgeOnly() {
        given().when().get("/api/v1/certificates/" + d.certificate + "/badge").then().statusCode(200);
        given().when().get("/api/v1/certificates/" + d.otherCertificate + "/badge").then().statusCode(404);
        given().when().get("/certificates/" + d.certificate + "/badge?format=jwt").then().statusCode(200)
                .contentType("application/vc+jwt");
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void outOfScopeIs404() {
        given().when().get("/api/v1/certificates/" + d.certificate + "/badge").then().statusCode(404);
    }

    @Test
    void withoutASigningKeyBadgesAnswer503() {
        BadgeSigner signer = new BadgeSigner();
        signer.config = new BadgeConfig() {
            public String issuerName() {
                return "Cadre";
            }

            public Optional<String> signingKey() {
                return Optional.empty();
            }
        };
        ApiProblem problem = assertThrows(ApiProblem.class, signer::requireKey);
        assertEquals(503, problem.status());
        assertThrows(IllegalStateException.class, () -> BadgeSigner.parse("-----BEGIN PRIVATE KEY----- bm90IGEga2V5 -----END PRIVATE KEY-----"));
    }

    private static boolean verifies(PublicKey key, String input, String signature) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(B64.decode(signature));
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
