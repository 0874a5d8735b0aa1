package org.cadre.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class HomePageTest {

    @Test
    void visitorsSeeWhatCadreIsAndASignInLink() {
        given().accept("text/html").when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("href=\"/login\""), containsString("Sign in"), not(containsString("id=\"me\"")));
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = {@Claim(key = "name", value = "Codjo Ahouansou"),
            @Claim(key = "countries", value = "[\"BJ\",\"TG\"]", type = io.quarkus.test.security.oidc.ClaimType.JSON_ARRAY)})
    void signedInUserSeesNameRolesAndCountries() {
        given().header("Accept-Language", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("Welcome, Codjo Ahouansou"),
                        containsString("data-role=\"master-trainer\""),
                        containsString("Master trainer"),
                        containsString("data-country=\"BJ\""), containsString("Benin"),
                        containsString("data-country=\"TG\""),
                        containsString("href=\"/logout\""));
    }

    @Test
    void pageFollowsTheBrowserLanguage() {
        given().header("Accept-Language", "fr-BJ,fr;q=0.9").when().get("/")
                .then().statusCode(200).body(containsString("Se connecter"), containsString("lang=\"fr\""));
        given().header("Accept-Language", "ro").when().get("/")
                .then().statusCode(200).body(containsString("Autentificare"), containsString("lang=\"ro\""));
    }

    @Test
    void languageCookieWinsOverTheBrowser() {
        given().header("Accept-Language", "en").cookie(Locales.COOKIE, "ro").when().get("/")
                .then().statusCode(200).body(containsString("Autentificare"));
    }

    @Test
    @TestSecurity(user = "mentor.moldova", roles = "mentor")
    @OidcSecurity(claims = {@Claim(key = "name", value = "<script>alert(1)</script>")})
    void namesAreEscaped() {
        given().when().get("/")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")), containsString("&lt;script&gt;"));
    }

    @Test
    void securityHeadersAreSet() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-inline"))))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void stylesAreServedByTheAppItself() {
        given().when().get("/static/cadre.css").then().statusCode(200).body(containsString(":root"));
        given().when().get("/").then().body(not(containsString("https://")));
    }

    @Test
    void pagesNeedLoginAndRedirectToKeycloak() {
        given().redirects().follow(false).when().get("/login")
                .then().statusCode(302).header("Location", containsString("/realms/cadre/protocol/openid-connect/auth"));
        given().redirects().follow(false).when().get("/some/page")
                .then().statusCode(302).header("Location", startsWith("http://localhost"));
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void unknownPageIs404WithAReadablePage() {
        given().header("Accept-Language", "fr").when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("existe pas"), not(containsString("Exception")));
    }
}
