package org.cadre.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cadre.testsupport.App;
import org.cadre.testsupport.Browser;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the real Keycloak started from its distribution with the realm file: tokens of each demo
 * user reach what their role allows and are refused the rest; the browser login works end to end.
 */
@QuarkusTest
class KeycloakEndToEndTest {

    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource({
            "admin,           admin,             ''",
            "pm.vietnam,      programme-manager, VN",
            "pm.westafrica,   programme-manager, BJ",
            "mt.benin,        master-trainer,    BJ",
            "mt.moldova,      master-trainer,    MD",
            "mentor.moldova,  mentor,            MD",
            "mentor.mexico,   mentor,            MX",
            "trainee.benin,   trainee,           BJ",
            "trainee.vietnam, trainee,           VN"})
    void eachDemoUserTokenCarriesRoleAndCountries(String username, String role, String country) {
        var me = given().auth().oauth2(Tokens.of(username))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("roles", contains(role));
        if (!country.isBlank()) {
            me.body("countries", hasItem(country));
        }
        given().auth().oauth2(Tokens.of(username)).when().get("/api/v1/countries")
                .then().statusCode(200).body("code", hasItem("BJ"));
    }

    @ParameterizedTest(name = "{0} may add a region: {1}")
    @CsvSource({
            "admin,           201",
            "pm.vietnam,      403",
            "mt.benin,        403",
            "mentor.moldova,  403",
            "trainee.vietnam, 403"})
    void onlyAdminsChangeReferenceData(String username, int expected) {
        given().auth().oauth2(Tokens.of(username))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"E2E region " + UUID.randomUUID() + "\", \"kind\": \"department\"}")
                .when().post("/api/v1/countries/BJ/regions")
                .then().statusCode(expected);
    }

    @Test
    void apiWithoutTokenIs401NotARedirect() {
        given().redirects().follow(false).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = Tokens.of("trainee.benin");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"trainee\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        String token = io.restassured.RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "cadre-short-lived")
                .formParam("client_secret", org.cadre.testsupport.LocalServices.CLIENT_SECRET)
                .formParam("username", "pm.vietnam")
                .formParam("password", Tokens.PASSWORD)
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        Thread.sleep(4_500); // the client's tokens live 3 seconds
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mt.benin", "pm.vietnam"})
    void browserLoginWithCodeFlowReachesTheHomePage(String username) {
        Browser browser = new Browser("fr");
        Browser.Page login = browser.get(App.url("/login"));
        assertEquals(200, login.status());
        assertTrue(login.uri().toString().contains("/realms/cadre/protocol/openid-connect/auth"),
                "the app sends the browser to Keycloak: " + login.uri());

        Browser.Page home = browser.submitLogin(login, username, Tokens.PASSWORD);
        assertEquals(200, home.status(), home.body());
        assertEquals("/", home.uri().getPath());
        assertTrue(home.body().contains("id=\"me\""), "signed-in home page: " + home.body());
        assertTrue(home.body().contains("data-role="), home.body());
        assertTrue(home.body().contains("Se déconnecter"), "French page for a French browser");
        String session = browser.setCookieHeaders().stream().filter(c -> c.startsWith("q_session"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + browser.setCookieHeaders()));
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);

        // Signing out ends the session: the home page is anonymous again.
        Browser.Page afterLogout = browser.get(App.url("/logout"));
        assertEquals(200, afterLogout.status());
        Browser.Page anonymous = browser.get(App.url("/"));
        assertTrue(!anonymous.body().contains("id=\"me\""), "no session after logout: " + anonymous.body());
    }

    @Test
    void wrongPasswordDoesNotSignIn() {
        Browser browser = new Browser("en");
        Browser.Page login = browser.get(App.url("/login"));
        Browser.Page again = browser.submitLogin(login, "admin", "not-the-password");
        assertEquals(200, again.status());
        assertTrue(again.uri().getHost().equals("localhost") && again.uri().getPath().contains("/realms/cadre/"),
                "stays on Keycloak: " + again.uri());
        assertTrue(!browser.hasCookieStartingWith("localhost:" + App.port(), "q_session"),
                "no application session after a refused password");
        Browser.Page home = browser.get(App.url("/"));
        assertTrue(!home.body().contains("id=\"me\""), "still anonymous: " + home.body());
    }
}
