package org.cadre.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Bearer tokens of the API, verified once and trusted again until they expire (issue 10).
 *
 * <p>A client sends the same access token with every request for the token's lifetime (Keycloak's live five
 * minutes). Quarkus OIDC checks that token's signature, issuer, audience and expiry again at each request, which was
 * about a fifth of Cadre's CPU per mentoring visit PUT. This provider runs before OIDC's. For a token whose exact
 * text OIDC accepted earlier for the same tenant, it answers a copy of the identity OIDC made then, bound to the
 * current request; otherwise it asks OIDC and, if OIDC accepts the token, keeps the identity.
 *
 * <p>What this keeps the same: a token that differs in one character is another key, so it is verified; an entry
 * is dropped at the token's {@code exp} (never later than OIDC would refuse it) and after {@code max-age}; a
 * refused token is never kept. Roles, principal and claims are OIDC's own. Tokens whose acceptance depends on the
 * request and not only on their text are always left to OIDC: proof-of-possession (DPoP, certificate-bound),
 * step-up authentication, encrypted tokens, UserInfo checks, and the pages' code flow (ID tokens).
 *
 * <p>What changes: a signing key that Keycloak withdraws stops tokens already seen only when they expire or leave
 * this cache ({@code max-age}), not at once. OIDC keeps no revocation list for local verification either; an
 * operator who must cut a key off at once sets {@code max-entries=0}.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    @ConfigMapping(prefix = "cadre.security.verified-tokens")
    public interface Config {
        /** Most tokens kept at once (each about 5 KB); 0 verifies every request. */
        @WithDefault("2000")
        int maxEntries();

        /** Longest time a verification is reused, even if the token lives longer. */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    /** The step-up authentication policy OIDC puts on the request (@AuthenticationContext); its key is not public. */
    static final String STEP_UP_POLICY = "io.quarkus.oidc.runtime.step-up-auth";

    record Key(String tenant, String token) {
    }

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder verified = new LongAdder();

    @Inject
    OidcIdentityProvider oidc;

    @Inject
    Config config;

    volatile Clock clock = Clock.systemUTC();

    /** Tests move the clock (the bean is reached through its proxy, so not by field). */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    Duration maxAge() {
        return config.maxAge();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before OIDC's provider (SYSTEM_FIRST + 1 in Quarkus 3.33; a test checks the order). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Key key = config.maxEntries() > 0 ? cacheKey(request) : null;
        if (key == null) {
            return Uni.createFrom().nullItem(); // OIDC's provider, next in line, does all the work
        }
        Entry entry = entries.get(key);
        if (entry != null) {
            if (clock.millis() < entry.expiresAtMillis()) {
                hits.increment();
                RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
                // what OIDC's provider leaves on the request before it verifies
                routing.put(AuthenticationRequestContext.class.getName(), context);
                return Uni.createFrom().item(forRequest(entry.identity(), routing, context));
            }
            entries.remove(key, entry);
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(key, identity));
    }

    /** The cache key, or null when this token's acceptance depends on more than its text and tenant. */
    static Key cacheKey(TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || request.getToken() == null || request.getToken().getClass() != AccessTokenCredential.class
                || routing.get(STEP_UP_POLICY) != null) {
            return null;
        }
        // the tenant OIDC resolved for this request (by path: "api" for /api/*), put there before any provider runs
        Object resolved = routing.get(io.quarkus.oidc.OidcTenantConfig.class.getName());
        Object tenantId = routing.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        if (!(resolved instanceof OidcTenantConfig tenant) || !(tenantId instanceof String)
                || tenant.applicationType().orElse(ApplicationType.SERVICE) != ApplicationType.SERVICE
                || tenant.token().binding().certificate()
                || OidcUtils.isDPoPScheme(tenant.token().authorizationScheme())
                || tenant.token().decryptAccessToken()
                || tenant.token().verifyAccessTokenWithUserInfo().orElse(false)
                || tenant.authentication().userInfoRequired().orElse(false)
                || !isJwt(request.getToken().getToken())) { // an opaque token is introspected by the server, each time
            return null;
        }
        return new Key((String) tenantId, request.getToken().getToken());
    }

    /** Three parts separated by dots (header, claims, signature), as every JWS compact serialisation has. */
    private static boolean isJwt(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        return second > 0 && token.indexOf('.', second + 1) < 0;
    }

    /** Keeps what OIDC accepted, detached from the request it came with, until the token expires. */
    void keep(Key key, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !key.tenant().equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))) {
            return;
        }
        verified.increment();
        long now = clock.millis();
        long expires = Math.min(jwt.getExpirationTime() * 1000, now + config.maxAge().toMillis());
        if (expires <= now) {
            return;
        }
        if (entries.size() >= config.maxEntries()) {
            entries.values().removeIf(e -> e.expiresAtMillis() <= now);
            if (entries.size() >= config.maxEntries()) {
                return; // full of live tokens: verify this one at each request rather than grow
            }
        }
        entries.put(key, new Entry(detached(identity, jwt), expires));
    }

    /**
     * The identity without what belongs to the request it was made for (the routing context, the blocking-call
     * context), so that the cache holds no request. Token scopes, which OIDC turns into permissions, are turned
     * into the same string permissions here.
     */
    static SecurityIdentity detached(SecurityIdentity identity, JsonWebToken jwt) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!isPerRequest(name, value)) {
                builder.addAttribute(name, value);
            }
        });
        Set<String> scopes = scopes(jwt);
        if (!scopes.isEmpty()) {
            builder.addPermissionsAsString(scopes);
        }
        return builder.build();
    }

    private static boolean isPerRequest(String name, Object value) {
        return name.equals(RoutingContext.class.getName()) || name.equals(AuthenticationRequestContext.class.getName())
                || value instanceof RoutingContext || value instanceof AuthenticationRequestContext;
    }

    private static Set<String> scopes(JsonWebToken jwt) {
        Object scope = jwt.getClaim("scope");
        String text = scope == null ? "" : scope.toString().replace("\"", "");
        return Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    /** A copy of the kept identity for this request: OIDC's attributes, with this request's contexts. */
    static SecurityIdentity forRequest(SecurityIdentity kept, RoutingContext routing, AuthenticationRequestContext context) {
        return QuarkusSecurityIdentity.builder(kept)
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build();
    }

    /** Requests answered from the cache since start (for tests). */
    long hits() {
        return hits.sum();
    }

    /** Tokens OIDC accepted when this provider asked it, since start, whether kept or not (for tests). */
    long verified() {
        return verified.sum();
    }

    int size() {
        return entries.size();
    }
}
