package org.cadre.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.cadre.testsupport.App;
import org.cadre.testsupport.Browser;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the application (found by scanning the compiled JAX-RS resources, not from a list
 * kept by hand) × every role, in scope and out of scope, against the expectation in
 * {@link AccessRules}. API calls carry real Keycloak tokens; page calls carry a real browser session.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    @Test
    void everyRouteHasARuleAndEveryRuleARoute() {
        Set<String> declared = declaredRoutes();
        declared.addAll(otherRoutes());
        Set<String> ruled = new TreeSet<>(AccessRules.all().routes().keySet());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(ruled);
        Set<String> stale = new TreeSet<>(ruled);
        stale.removeAll(declared);
        assertTrue(missing.isEmpty(), "Routes without an access rule in AccessRules: " + missing);
        assertTrue(stale.isEmpty(), "Access rules for routes that do not exist: " + stale);
        assertTrue(declared.size() >= 9, "found " + declared);
    }

    @Test
    void everyCallerGetsExactlyTheExpectedAnswer() {
        Map<AccessRules.Caller, Browser> browsers = new EnumMap<>(AccessRules.Caller.class);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (AccessRules.Route route : AccessRules.all().routes().values()) {
            for (AccessRules.Expectation e : route.all()) {
                int status = route.page ? pageStatus(browsers, route, e) : apiStatus(e);
                checked++;
                if (status != e.status()) {
                    failures.add(route.key + " [" + e.label() + "] as " + e.caller() + " → " + status
                            + ", expected " + e.status());
                }
            }
        }
        assertEquals(List.of(), failures, "unexpected answers (" + failures.size() + " of " + checked + ")");
    }

    private static int apiStatus(AccessRules.Expectation e) {
        RequestSpecification request = given().redirects().follow(false);
        if (e.caller().username != null) {
            request = request.auth().oauth2(Tokens.of(e.caller().username));
        }
        AccessRules.Call call = e.call();
        if (call.body() != null) {
            // as bytes, so that binary content types (an .xlsx upload) are sent as they are
            request = request.contentType(call.contentType())
                    .body(call.body().get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(call.method(), call.path()).statusCode();
    }

    private static int pageStatus(Map<AccessRules.Caller, Browser> browsers, AccessRules.Route route,
                                  AccessRules.Expectation e) {
        // A visitor gets a fresh browser for every call: each redirect to the login sets a new OIDC
        // state cookie, and hundreds of them would overflow the request headers (431).
        Browser browser = e.caller().username == null ? new Browser("en")
                : route.ownSession ? new Browser("en").signIn(App.url(""), e.caller().username, Tokens.PASSWORD)
                : browsers.computeIfAbsent(e.caller(), c -> new Browser("en").signIn(App.url(""), c.username, Tokens.PASSWORD));
        AccessRules.Call call = e.call();
        return browser.raw(call.method(), App.url(call.path()), call.body() == null ? null : call.body().get())
                .statusCode();
    }

    /**
     * What the application serves besides JAX-RS: the Vert.x router's paths (health, metrics, OpenAPI,
     * UIs), the OIDC logout path from the configuration, and every static file.
     */
    static Set<String> otherRoutes() {
        Set<String> routes = new TreeSet<>();
        HttpRoutes.paths().forEach(p -> routes.add("ROUTE " + p.substring(p.indexOf(' ') + 1)));
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.logout.path", String.class).ifPresent(p -> routes.add("OIDC " + p));
        java.nio.file.Path statics = java.nio.file.Path.of("target/classes/META-INF/resources");
        try (var files = java.nio.file.Files.walk(statics)) {
            files.filter(java.nio.file.Files::isRegularFile)
                    .forEach(f -> routes.add("STATIC /" + statics.relativize(f).toString().replace('\\', '/')));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return routes;
    }

    /** "VERB /path/{param}" for every resource method under org.cadre. */
    static Set<String> declaredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cadre")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                for (Class<? extends Annotation> verb : VERBS) {
                    if (method.isAnnotatedWith(verb)) {
                        String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                        routes.add(verb.getSimpleName() + " " + join(base, sub));
                    }
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // strip regex parts of templates: {id: [0-9]+} → {id}
        return path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }
}
