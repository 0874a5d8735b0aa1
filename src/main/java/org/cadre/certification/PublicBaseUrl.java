package org.cadre.certification;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The address people reach Cadre at, for links that leave the application (QR codes, badges):
 * {@code cadre.public-base-url} when set (behind a proxy, set it), else the scheme and host of the request.
 */
@ApplicationScoped
class PublicBaseUrl {

    @ConfigProperty(name = "cadre.public-base-url")
    Optional<String> configured;

    String of(HttpServerRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().strip().replaceAll("/+$", "");
        }
        URI uri = URI.create(request.absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
