package org.cadre.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.cadre.local.EmbeddedDatabase;
import org.cadre.local.LocalKeycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real services every test runs against, started once per test run (one Quarkus application is
 * shared by all test classes): PostgreSQL from embedded binaries and Keycloak from its distribution
 * with {@code keycloak-realm/cadre-realm.json} imported. Both start in parallel.
 */
public class LocalServices implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_SECRET = "cadre-demo-secret";

    private EmbeddedDatabase database;
    private LocalKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        Path project = Path.of(System.getProperty("cadre.project.dir", ".")).toAbsolutePath();
        Path work = project.resolve("target/local-services");
        keycloak = LocalKeycloak.launch(work, 0, project.resolve("keycloak-realm/cadre-realm.json"));
        database = EmbeddedDatabase.start(work.resolve("pgdata"), 0, false);
        keycloak.awaitReady(Duration.ofMinutes(5));
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                "cadre.test.keycloak-url", keycloak.url());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
