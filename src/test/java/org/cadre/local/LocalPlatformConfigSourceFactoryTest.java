package org.cadre.local;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The local services start only in dev mode, and only for what is not configured externally. */
class LocalPlatformConfigSourceFactoryTest {

    private static ConfigSourceContext context(List<String> profiles, Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }

    @Test
    void productionAndTestsNeverStartLocalServices() {
        var factory = new LocalPlatformConfigSourceFactory();
        assertFalse(factory.getConfigSources(context(List.of("prod"), Map.of())).iterator().hasNext());
        assertFalse(factory.getConfigSources(context(List.of("test"), Map.of())).iterator().hasNext());
    }

    @Test
    void externalServicesConfiguredByEnvironmentTurnTheEmbeddedOnesOff() {
        var factory = new LocalPlatformConfigSourceFactory();
        var external = Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example.org/cadre",
                "quarkus.oidc.auth-server-url", "https://id.example.org/realms/cadre");
        assertFalse(factory.getConfigSources(context(List.of("dev"), external)).iterator().hasNext());
    }

    @Test
    void canBeSwitchedOffExplicitly() {
        var factory = new LocalPlatformConfigSourceFactory();
        assertFalse(factory.getConfigSources(context(List.of("dev"), Map.of("cadre.local.disabled", "true")))
                .iterator().hasNext());
    }
}
