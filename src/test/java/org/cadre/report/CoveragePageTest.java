package org.cadre.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CoveragePageTest {

    /** Keeps a rendered page (with the real style sheet) under target/ so it can be looked at in a browser. */
    private static void keep(String name, String html) throws Exception {
        Path css = Path.of("src/main/resources/META-INF/resources/static/cadre.css").toAbsolutePath();
        Path dir = Path.of("target", "report-pages");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), html.replace("/static/cadre.css", css.toUri().toString()));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void showsTheHeatMapTrendCadresAndRegions() throws Exception {
        CoverageData d = CoverageData.get();
        String k1 = d.codes.get(d.fw.c1());
        String html = given().when().get("/reports/coverage?programme=" + d.fw.programme() + "&measure=reached")
                .then().statusCode(200)
                .body(allOf(containsString("class=\"heat-map\" role=\"img\" aria-label=\""),
                        containsString("class=\"trend-chart\" role=\"img\""), containsString("id=\"cadres\""),
                        containsString("id=\"regions\""), containsString("id=\"quarters\""),
                        containsString("BJ · " + k1 + ": 4 of 11 (36 %) Reached"),
                        containsString("data-cell=\"BJ|" + k1 + "\""), containsString("data-cadre=\"cycw\""),
                        containsString("2025 Q4"), containsString("2026 Q3"), containsString("People counted: 15"),
                        not(containsString("<script"))))
                .extract().asString();
        keep("coverage-en.html", html);
        assertTrue(html.indexOf("id=\"heat-map\"") < html.indexOf("id=\"trend\""));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void speaksEnglishFrenchAndRomanian() throws Exception {
        CoverageData d = CoverageData.get();
        String[][] languages = {{"en", "Coverage", "Trend by quarter"}, {"fr", "Couverture", "Évolution par trimestre"},
                {"ro", "Acoperire", "Evoluție pe trimestre"}};
        for (String[] l : languages) {
            String html = given().header("Accept-Language", l[0]).when()
                    .get("/reports/coverage?programme=" + d.fw.programme()).then().statusCode(200)
                    .body(allOf(containsString(l[1]), containsString(l[2]), containsString("<svg")))
                    .extract().asString();
            keep("coverage-" + l[0] + ".html", html);
            given().header("Accept-Language", l[0]).when()
                    .get("/reports/gains?programme=" + d.fw.programme() + "&cohort=" + d.cohortA).then().statusCode(200)
                    .body(containsString("class=\"gain-chart\""));
        }
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void explainsEmptyDataInsteadOfFailing() {
        CoverageData d = CoverageData.get();
        given().when().get("/reports/coverage?programme=" + d.fw.programme() + "&to=2020-01-01").then().statusCode(200)
                .body(allOf(containsString("id=\"no-people\""), not(containsString("class=\"heat-map\""))));
        given().when().get("/reports/coverage").then().statusCode(200)
                .body(containsString("/reports/coverage?programme=" + d.fw.programme()));
        given().when().get("/reports/coverage?programme=" + d.fw.programme() + "&measure=happiness").then().statusCode(400);
        given().when().get("/reports/coverage?programme=" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/reports/gains?programme=" + d.fw.programme() + "&cohort=" + d.cohortE).then().statusCode(200)
                .body(allOf(containsString("id=\"no-gains\""), not(containsString("class=\"gain-chart\""))));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void linksTheGapAndCoverageReportsBothWays() {
        CoverageData d = CoverageData.get();
        String p = "programme=" + d.fw.programme();
        given().when().get("/reports/gaps?" + p + "&country=BJ").then().statusCode(200)
                .body(containsString("href=\"/reports/coverage?" + p + "&amp;country=BJ\""));
        given().when().get("/reports/coverage?" + p + "&country=BJ").then().statusCode(200)
                .body(containsString("href=\"/reports/gaps?" + p + "&amp;country=BJ\""));
        given().when().get("/reports/gaps?" + p + "&region=" + d.regionAtlantique + "&organisation=" + d.orgBenin)
                .then().statusCode(200).body(allOf(containsString("value=\"" + d.regionAtlantique + "\" selected"),
                        containsString("id=\"gaps\"")));
        given().when().get("/cohorts/" + d.cohortA).then().statusCode(200)
                .body(containsString("href=\"/reports/gains?" + p + "&amp;cohort=" + d.cohortA + "\""));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void rendersNamesEscaped() throws Exception {
        CoverageData d = CoverageData.get();
        String gains = given().when().get("/reports/gains?programme=" + d.fw.programme() + "&cohort=" + d.cohortA)
                .then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), containsString("+32.5"),
                        containsString("data-person=\"" + d.scriptPerson + "\""), not(containsString("<script"))))
                .extract().asString();
        keep("gains-en.html", gains);
        assertFalse(gains.contains("<b>"));
        given().when().get("/reports/gaps/" + d.codes.get(d.fw.c2()) + "/people?programme=" + d.fw.programme())
                .then().statusCode(200).body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script"))));
    }

    @Test
    @TestSecurity(user = "pm.moldova", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void aManagerOfMoldovaSeesNoBeninOnThePages() {
        CoverageData d = CoverageData.get();
        String p = "programme=" + d.fw.programme();
        given().when().get("/reports/coverage?" + p).then().statusCode(200)
                .body(allOf(containsString("data-cell=\"MD|"), not(containsString("data-cell=\"BJ|")),
                        not(containsString(d.regionAtlantique.toString())), not(containsString(d.orgBenin.toString()))));
        given().when().get("/reports/coverage?" + p + "&region=" + d.regionAtlantique).then().statusCode(404);
        given().when().get("/reports/gains?" + p + "&cohort=" + d.cohortA).then().statusCode(404);
        given().when().get("/reports/gains?" + p).then().statusCode(200)
                .body(allOf(containsString(d.cohortD.toString()), not(containsString(d.cohortA.toString()))));
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void aMasterTrainerSeesGainsOfTheirCohortsOnly() {
        CoverageData d = CoverageData.get();
        String p = "programme=" + d.fw.programme();
        given().when().get("/reports/gains?" + p + "&cohort=" + d.cohortA).then().statusCode(200)
                .body(containsString("class=\"gain-chart\""));
        given().when().get("/reports/gains?" + p + "&cohort=" + d.cohortD).then().statusCode(404);
    }
}
