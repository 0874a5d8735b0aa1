package org.cadre.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens from the real Keycloak for the demo users of the realm file (password "demo"). */
public final class Tokens {

    public static final String PASSWORD = "demo";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long reuseUntil) {
    }

    private Tokens() {
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** A token for the user, reused for up to a minute (Keycloak's tokens live five). */
    public static String of(String username) {
        long now = System.currentTimeMillis();
        Cached cached = CACHE.get(username);
        if (cached != null && cached.reuseUntil() > now) {
            return cached.token();
        }
        String token = request(username);
        CACHE.put(username, new Cached(token, now + 60_000));
        return token;
    }

    public static String request(String username) {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "cadre")
                .formParam("client_secret", LocalServices.CLIENT_SECRET)
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .formParam("scope", "openid")
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
