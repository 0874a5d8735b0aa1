package org.cadre.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.StringPermission;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.cadre.testsupport.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bearer tokens verified once by OIDC, then trusted until they expire, and only where that is safe. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    @Inject
    OidcIdentityProvider oidc;

    @Test
    void asksBeforeOidcsOwnProvider() {
        assertTrue(tokens.priority() > oidc.priority(), "providers are asked from the highest priority down");
    }

    // ── against the real Keycloak ─────────────────────────────────────────

    @Test
    void aTokenIsVerifiedOnceAndItsLaterRequestsGetTheSameUser() {
        String token = Tokens.request("mentor.moldova"); // new: no earlier test has sent it
        long verified = tokens.verified();
        long hits = tokens.hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/me")
                    .then().statusCode(200)
                    .body("username", equalTo("mentor.moldova"))
                    .body("roles", contains("mentor"))
                    .body("countries", contains("MD"));
        }
        assertEquals(verified + 1, tokens.verified(), "OIDC verified the token once");
        assertEquals(hits + 2, tokens.hits(), "the two later requests were answered from the cache");
    }

    @Test
    void aForgedCopyOfATrustedTokenIsStillRefused() {
        String token = Tokens.request("trainee.benin");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"trainee\"", "\"admin\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token + "x").when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aKeptVerificationIsCheckedAgainAfterTheLongestReuse() {
        String token = Tokens.request("pm.vietnam");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        long verified = tokens.verified();
        Clock real = tokens.clock();
        try {
            tokens.setClock(Clock.offset(real, tokens.maxAge().plusSeconds(1)));
            given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("pm.vietnam"));
        } finally {
            tokens.setClock(real);
        }
        assertEquals(verified + 1, tokens.verified(), "past max-age the token went back to OIDC");
    }

    // ── the rules, without a server ───────────────────────────────────────

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    @Test
    void onlyServiceTenantsPlainJwtAccessTokensAreCached() {
        assertNotNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT), serviceTenant(), Map.of())));
        // the pages' code flow
        assertNull(VerifiedTokens.cacheKey(request(new IdTokenCredential(JWT), serviceTenant(), Map.of())));
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT),
                OidcTenantConfig.builder().tenantId("web").applicationType(io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType.WEB_APP).build(),
                Map.of())));
        // proof of possession: accepted or not per request
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT),
                OidcTenantConfig.builder().tenantId("api").token().authorizationScheme("DPoP").end().build(), Map.of())));
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT),
                OidcTenantConfig.builder().tenantId("api").token().binding().certificate(true).end().end().build(), Map.of())));
        // step-up authentication, encrypted tokens, opaque tokens
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT), serviceTenant(),
                Map.of(VerifiedTokens.STEP_UP_POLICY, new Object()))));
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT),
                OidcTenantConfig.builder().tenantId("api").token().decryptAccessToken(true).end().build(), Map.of())));
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential("opaque-token"), serviceTenant(), Map.of())));
        // no tenant resolved: leave it to OIDC
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT), null, Map.of())));
    }

    @Test
    void maxEntriesZeroLeavesEveryRequestToOidc() {
        VerifiedTokens off = new VerifiedTokens(); // no OIDC provider: calling it would fail the test
        off.config = config(0, Duration.ofMinutes(5));
        assertNull(off.authenticate(request(new AccessTokenCredential(JWT), serviceTenant(), Map.of()), blockingContext())
                .await().indefinitely(), "answers nothing, so the next provider (OIDC's) verifies");
        assertEquals(0, off.size());
    }

    @Test
    void aTokenWithMoreOrFewerPartsIsNotAJwt() {
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential("a.b"), serviceTenant(), Map.of())));
        assertNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential("a.b.c.d.e"), serviceTenant(), Map.of())));
        assertNotNull(VerifiedTokens.cacheKey(request(new AccessTokenCredential("a.b.c"), serviceTenant(), Map.of())));
    }

    @Test
    void theSameTokenOnAnotherTenantIsAnotherKey() {
        var api = VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT), serviceTenant(), Map.of()));
        var other = VerifiedTokens.cacheKey(request(new AccessTokenCredential(JWT),
                OidcTenantConfig.builder().tenantId("partners").build(), Map.of(OidcUtils.TENANT_ID_ATTRIBUTE, "partners")));
        assertNotNull(other);
        assertFalse(api.equals(other));
    }

    @Test
    void theCacheHoldsNoRequestAndEachRequestGetsItsOwn() {
        RoutingContext first = routing(new HashMap<>());
        AuthenticationRequestContext firstContext = blockingContext();
        SecurityIdentity fromOidc = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt("mentor.moldova", 4_000_000_000L, "profile email"))
                .addRole("mentor")
                .addCredential(new AccessTokenCredential(JWT))
                .addAttribute(OidcUtils.TENANT_ID_ATTRIBUTE, "api")
                .addAttribute(RoutingContext.class.getName(), first)
                .addAttribute(AuthenticationRequestContext.class.getName(), firstContext)
                .addPermissionsAsString(Set.of("profile", "email"))
                .build();
        SecurityIdentity kept = VerifiedTokens.detached(fromOidc, (JsonWebToken) fromOidc.getPrincipal());
        assertNull(kept.getAttribute(RoutingContext.class.getName()));
        assertNull(kept.getAttribute(AuthenticationRequestContext.class.getName()));
        assertEquals("api", kept.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE));
        assertEquals(Set.of("mentor"), kept.getRoles());
        assertSame(fromOidc.getPrincipal(), kept.getPrincipal());
        assertTrue(kept.checkPermissionBlocking(new StringPermission("email")), "token scopes stay permissions");
        assertFalse(kept.checkPermissionBlocking(new StringPermission("admin")));

        RoutingContext second = routing(new HashMap<>());
        AuthenticationRequestContext secondContext = blockingContext();
        SecurityIdentity forSecond = VerifiedTokens.forRequest(kept, second, secondContext);
        assertSame(second, forSecond.getAttribute(RoutingContext.class.getName()));
        assertSame(secondContext, forSecond.getAttribute(AuthenticationRequestContext.class.getName()));
        assertTrue(forSecond.hasRole("mentor"));
        assertEquals("mentor.moldova", forSecond.getPrincipal().getName());
    }

    @Test
    void keepsAtMostMaxEntriesAndNothingPastTheTokensExpiry() {
        VerifiedTokens cache = new VerifiedTokens();
        cache.config = config(3, Duration.ofMinutes(5));
        long now = cache.clock.millis() / 1000;
        for (int i = 0; i < 5; i++) {
            cache.keep(new VerifiedTokens.Key("api", "token-" + i), identity("user" + i, now + 60));
        }
        assertEquals(3, cache.size(), "full of live tokens: the rest are verified each time instead");
        cache.clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61));
        cache.keep(new VerifiedTokens.Key("api", "token-late"), identity("late", now + 600));
        assertEquals(1, cache.size(), "the expired entries made room");
        // an already expired token and a token of another tenant than it was verified for are not kept
        cache.keep(new VerifiedTokens.Key("api", "token-old"), identity("old", now));
        cache.keep(new VerifiedTokens.Key("partners", "token-x"), identity("x", now + 600));
        assertEquals(1, cache.size());
    }

    // ── fixtures ──────────────────────────────────────────────────────────

    private static OidcTenantConfig serviceTenant() {
        return OidcTenantConfig.builder().tenantId("api").build();
    }

    private static TokenAuthenticationRequest request(TokenCredential credential, OidcTenantConfig tenant,
                                                      Map<String, Object> extra) {
        Map<String, Object> data = new HashMap<>(extra);
        if (tenant != null) {
            data.put(io.quarkus.oidc.OidcTenantConfig.class.getName(), tenant);
            data.putIfAbsent(OidcUtils.TENANT_ID_ATTRIBUTE, tenant.tenantId().orElse("api"));
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(credential);
        HttpSecurityUtils.setRoutingContextAttribute(request, routing(data));
        return request;
    }

    /** A routing context that only stores values, which is all the cache asks of it. */
    private static RoutingContext routing(Map<String, Object> data) {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[]{RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "put" -> {
                        data.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "data" -> data;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "routing context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static AuthenticationRequestContext blockingContext() {
        return new AuthenticationRequestContext() {
            @Override
            public io.smallrye.mutiny.Uni<SecurityIdentity> runBlocking(java.util.function.Supplier<SecurityIdentity> function) {
                return io.smallrye.mutiny.Uni.createFrom().item(function);
            }
        };
    }

    private static SecurityIdentity identity(String name, long expiresEpochSeconds) {
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt(name, expiresEpochSeconds, ""))
                .addAttribute(OidcUtils.TENANT_ID_ATTRIBUTE, "api").build();
    }

    private static JsonWebToken jwt(String name, long expiresEpochSeconds, String scope) {
        Map<String, Object> claims = Map.of("preferred_username", name, "exp", expiresEpochSeconds, "scope", scope);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    private static VerifiedTokens.Config config(int maxEntries, Duration maxAge) {
        return new VerifiedTokens.Config() {
            @Override
            public int maxEntries() {
                return maxEntries;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }
        };
    }
}
