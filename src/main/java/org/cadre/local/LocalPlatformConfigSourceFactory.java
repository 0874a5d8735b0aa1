package org.cadre.local;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * In the {@code dev} profile only, starts the local PostgreSQL and Keycloak (see {@link LocalPlatform})
 * unless the usual variables ({@code QUARKUS_DATASOURCE_JDBC_URL}, {@code QUARKUS_OIDC_AUTH_SERVER_URL})
 * point at external ones. Other profiles (tests, production) get nothing from here.
 */
public final class LocalPlatformConfigSourceFactory implements ConfigSourceFactory {

    /** Below system properties and environment variables, above application.properties. */
    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")
                || Boolean.parseBoolean(valueOf(context, "cadre.local.disabled"))) {
            return List.of();
        }
        boolean database = valueOf(context, "quarkus.datasource.jdbc.url") == null;
        boolean keycloak = valueOf(context, "quarkus.oidc.auth-server-url") == null;
        if (!database && !keycloak) {
            return List.of();
        }
        Map<String, String> config = LocalPlatform.ensureStarted(database, keycloak);
        return List.of(new PropertiesConfigSource(config, "cadre-local-platform", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
