package org.cadre.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints where everything is and who can log in, once dev mode is up. */
@IfBuildProfile("dev")
@ApplicationScoped
class LocalPlatformBanner {

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void printUrls(@Observes StartupEvent event) {
        StringBuilder out = new StringBuilder("\n\n  Cadre is running\n");
        out.append("  ─ app:       http://localhost:").append(port).append("/\n");
        String kc = System.getProperty("cadre.local.keycloak-url");
        if (kc != null) {
            out.append("  ─ keycloak:  ").append(kc).append("/admin/  (console login kcadmin / kcadmin)\n");
        }
        String jdbc = System.getProperty("cadre.local.jdbc-url");
        if (jdbc != null) {
            out.append("  ─ database:  ").append(jdbc).append("  (user postgres, no password)\n");
        }
        out.append("  ─ api docs:  http://localhost:").append(port).append("/q/swagger-ui\n");
        List<String> users = demoUsers();
        if (!users.isEmpty()) {
            out.append("\n  Demo logins (password for all: demo — demo data only, never in production):\n");
            users.forEach(u -> out.append("    ").append(u).append('\n'));
        }
        System.out.println(out);
    }

    private static List<String> demoUsers() {
        Path realm = LocalPlatform.projectDir().resolve("keycloak-realm/cadre-realm.json");
        List<String> lines = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(realm));
            for (JsonNode user : root.path("users")) {
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(r -> {
                    if (!r.asText().startsWith("default-roles")) {
                        roles.add(r.asText());
                    }
                });
                List<String> countries = new ArrayList<>();
                user.path("attributes").path("countries").forEach(c -> countries.add(c.asText()));
                lines.add(String.format("%-16s %-18s %s", user.path("username").asText(), String.join(",", roles),
                        countries.isEmpty() ? "(all countries)" : String.join(" ", countries)));
            }
        } catch (IOException e) {
            lines.add("(could not read " + realm + ": " + e.getMessage() + ")");
        }
        return lines;
    }
}
