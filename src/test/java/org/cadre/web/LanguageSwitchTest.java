package org.cadre.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LanguageSwitchTest {

    @Inject
    LanguagePreferenceRepository preferences;

    @Test
    void switchingWithoutCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("lang", "fr").when().post("/lang")
                .then().statusCode(400);
    }

    @Test
    void visitorChoiceIsRememberedInACookie() {
        Response switched = switchTo("ro", "/");
        assertEquals(303, switched.statusCode());
        assertEquals("ro", switched.getCookie(Locales.COOKIE));
        assertTrue(switched.getDetailedCookie(Locales.COOKIE).isHttpOnly());
    }

    @Test
    void redirectStaysOnThisSite() {
        Response switched = switchTo("fr", "https://evil.example/phish");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.getHeader("Location").endsWith("/"), switched.getHeader("Location"));
    }

    @Test
    @TestSecurity(user = "mt.moldova", roles = "master-trainer")
    void signedInChoiceIsSavedPerUser() {
        Response switched = switchTo("ro", "/");
        assertEquals(303, switched.statusCode());
        assertEquals("ro", preferences.localeOf("mt.moldova").orElseThrow());
        // without the cookie, on an English browser, the saved choice still applies
        given().header("Accept-Language", "en").when().get("/")
                .then().statusCode(200).body(containsString("Ieșire"));
        given().when().get("/api/v1/me").then().statusCode(200).body("locale", equalTo("ro"));
    }

    private static Response switchTo(String lang, String back) {
        Response page = given().when().get("/");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the language form carries a CSRF token");
        return given().redirects().follow(false)
                .cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1))
                .formParam("lang", lang)
                .formParam("back", back)
                .when().post("/lang");
    }
}
