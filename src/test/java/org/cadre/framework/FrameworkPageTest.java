package org.cadre.framework;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.cadre.web.Locales;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class FrameworkPageTest {

    @Test
    @TestSecurity(user = "mentor.moldova", roles = "mentor")
    void listShowsEveryFrameworkAndItsVersions() {
        given().cookie(Locales.COOKIE, "en").when().get("/frameworks")
                .then().statusCode(200)
                .body(containsString("Competency frameworks"), containsString("data-framework=\"PSW\""),
                        containsString("href=\"/frameworks/CYCW/1.0\""), containsString("Para social worker competency framework"),
                        containsString("17 competencies"));
    }

    @Test
    @TestSecurity(user = "mentor.moldova", roles = "mentor")
    void treeIsShownInThePageLanguageWithVisibleEnglishFallback() {
        String ro = given().cookie(Locales.COOKIE, "ro").when().get("/frameworks/PSW/1.0")
                .then().statusCode(200)
                .body(containsString("Cadrul de competențe al asistentului para-social"),
                        containsString("Revizuiește și ajustează planul"),
                        containsString("<span lang=\"en\">Carries out a household assessment"),
                        containsString("class=\"fw-fallback\""), containsString("Scala de evaluare"))
                .extract().asString();
        given().cookie(Locales.COOKIE, "fr").when().get("/frameworks/PSW/1.0")
                .then().statusCode(200)
                .body(containsString("Réalise une évaluation du ménage"), containsString("Indicateurs observables"),
                        not(containsString("class=\"fw-fallback\"")));
        org.junit.jupiter.api.Assertions.assertTrue(ro.contains("data-competency=\"PSW-7.2\""));
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void searchIsAccentInsensitiveAndFiltersTheTree() {
        given().cookie(Locales.COOKIE, "fr").queryParam("q", "evaluation du menage").when().get("/frameworks/PSW/1.0")
                .then().statusCode(200)
                .body(containsString("data-competency=\"PSW-1.2\""), not(containsString("data-competency=\"PSW-7.1\"")),
                        containsString("1 compétences correspondent"));
        given().cookie(Locales.COOKIE, "en").queryParam("q", "psw-4").when().get("/frameworks/PSW/1.0")
                .then().statusCode(200)
                .body(containsString("data-competency=\"PSW-4.3\""), not(containsString("data-competency=\"PSW-1.1\"")));
        given().cookie(Locales.COOKIE, "en").queryParam("q", "zzzz-nothing").when().get("/frameworks/PSW/1.0")
                .then().statusCode(200).body(containsString("No competency matches"));
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void unknownVersionIs404() {
        given().when().get("/frameworks/PSW/9.9").then().statusCode(404);
    }

    @Test
    void pagesNeedSignIn() {
        given().redirects().follow(false).when().get("/frameworks").then().statusCode(302);
    }
}
