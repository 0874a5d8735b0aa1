package org.cadre.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services that {@code ./mvnw quarkus:dev} runs beside the application when no external ones
 * are configured: PostgreSQL (data in {@code .cadre/pgdata}, kept between runs) and Keycloak (realm
 * from {@code keycloak-realm/}). They are started once per JVM, survive live reloads, and stop with
 * the JVM (Ctrl-C), leaving no process behind.
 */
final class LocalPlatform {

    static final String DEMO_CLIENT_SECRET = "cadre-demo-secret";
    private static final String STARTED = "cadre.local.started";

    private LocalPlatform() {
    }

    /** Configuration that points the application at the local services; starts them if needed. */
    static synchronized Map<String, String> ensureStarted(boolean database, boolean keycloak) {
        Map<String, String> config = new LinkedHashMap<>();
        if (System.getProperty(STARTED) == null) {
            start(database, keycloak);
            System.setProperty(STARTED, "true");
        }
        String jdbc = System.getProperty("cadre.local.jdbc-url");
        if (jdbc != null) {
            config.put("quarkus.datasource.jdbc.url", jdbc);
            config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            config.put("quarkus.datasource.password", "");
        }
        String realm = System.getProperty("cadre.local.keycloak-realm-url");
        if (realm != null) {
            config.put("quarkus.oidc.auth-server-url", realm);
            config.put("quarkus.oidc.client-id", "cadre");
            config.put("quarkus.oidc.credentials.secret", DEMO_CLIENT_SECRET);
        }
        return config;
    }

    private static void start(boolean database, boolean keycloak) {
        Path project = projectDir();
        Path state = project.resolve(".cadre");
        LocalKeycloak kc = null;
        if (keycloak) {
            System.out.println("[cadre] starting Keycloak " + LocalKeycloak.VERSION + " (first start takes about a minute)…");
            kc = LocalKeycloak.launch(state, Integer.getInteger("cadre.local.keycloak-port", 8180),
                    project.resolve("keycloak-realm/cadre-realm.json"));
            LocalKeycloak started = kc;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "cadre-keycloak-stop"));
        }
        if (database) {
            System.out.println("[cadre] starting the embedded PostgreSQL (data in " + state.resolve("pgdata") + ")…");
            EmbeddedDatabase db = EmbeddedDatabase.start(state.resolve("pgdata"),
                    Integer.getInteger("cadre.local.postgres-port", 5532), true);
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "cadre-postgres-stop"));
            System.setProperty("cadre.local.jdbc-url", db.jdbcUrl());
        }
        if (kc != null) {
            kc.awaitReady(Duration.ofMinutes(5));
            System.setProperty("cadre.local.keycloak-url", kc.url());
            System.setProperty("cadre.local.keycloak-realm-url", kc.realmUrl());
        }
    }

    static Path projectDir() {
        String configured = System.getProperty("cadre.project.dir");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("").toAbsolutePath();
        // dev mode may run from target/; walk up to the folder holding the realm file
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("keycloak-realm/cadre-realm.json"))) {
                return p;
            }
        }
        return dir;
    }
}
