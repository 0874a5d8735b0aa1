package org.cadre.certification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.web.ApiProblem;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signs badges as VC-JWT (JWS compact serialisation, RS256, the algorithm every Open Badges 3.0
 * verifier must support) with the RSA key from {@code cadre.badges.signing-key}, and publishes the
 * matching public key as a JWK set. The key id is the key's RFC 7638 thumbprint. Without a key,
 * both answer 503 with a problem that says what to configure.
 */
@ApplicationScoped
class BadgeSigner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private record Key(PrivateKey privateKey, String n, String e, String kid) {
    }

    @Inject
    BadgeConfig config;

    @Inject
    ObjectMapper json;

    private volatile Key key;

    /** The header.payload.signature of the credential. */
    String sign(ObjectNode credential) {
        Key k = key();
        ObjectNode header = json.createObjectNode().put("alg", "RS256").put("typ", "vc+jwt").put("cty", "vc")
                .put("kid", k.kid());
        try {
            String input = B64.encodeToString(json.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(json.writeValueAsBytes(credential));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(k.privateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Signing the badge failed", e);
        }
    }

    /** The public key(s) a verifier checks badges with. */
    Map<String, Object> keySet() {
        Key k = key();
        return Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", k.kid(),
                "n", k.n(), "e", k.e())));
    }

    /** Fails with 503 when no key is configured. */
    void requireKey() {
        key();
    }

    private Key key() {
        Key k = key;
        if (k == null) {
            String pem = config.signingKey().filter(s -> !s.isBlank()).orElseThrow(() -> new ApiProblem(503,
                    "badge-signing-key-missing", "Open Badges are not available: no signing key is configured "
                    + "(set cadre.badges.signing-key to an RSA private key in PEM PKCS#8 form)", List.of()));
            k = key = parse(pem);
        }
        return k;
    }

    static Key parse(String pem) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            PrivateKey privateKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(privateKey instanceof RSAPrivateCrtKey crt) || crt.getModulus().bitLength() < 2048) {
                throw new IllegalStateException("cadre.badges.signing-key must be an RSA key of at least 2048 bits");
            }
            String n = B64.encodeToString(unsigned(crt.getModulus()));
            String e = B64.encodeToString(unsigned(crt.getPublicExponent()));
            String thumbprintInput = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
            String kid = B64.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
            return new Key(privateKey, n, e, kid);
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            throw new IllegalStateException("cadre.badges.signing-key is not an RSA private key in PEM PKCS#8 form", ex);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
