package org.cadre.certification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Open Badges and printed certificates: who the issuer is, and the key that signs badges
 * ({@code cadre.badges.*}). Without a signing key the badge endpoints answer 503; the rest of the
 * application runs as usual.
 */
@ConfigMapping(prefix = "cadre.badges")
interface BadgeConfig {

    /** The issuer's name as printed on certificates and written into badges. */
    @WithDefault("Cadre")
    String issuerName();

    /** RSA private key (PEM, PKCS#8, at least 2048 bits) that signs badges as VC-JWT (RS256). */
    Optional<String> signingKey();
}
