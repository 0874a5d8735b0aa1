package org.cadre.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ReportPageTest {

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void showsTheGapTableWithABarPerCompetency() {
        GapData d = GapData.get();
        String c2 = d.codes.get(d.fw.c2());
        String html = given().when().get("/reports/gaps?programme=" + d.fw.programme()).then().statusCode(200)
                .body(allOf(containsString("id=\"gaps\""), containsString("data-competency=\"" + c2 + "\""),
                        containsString("People counted: 7"), containsString("<svg"),
                        containsString(c2 + ": 1 proficient, 3 assessed, of 7"), not(containsString("<script"))))
                .extract().asString();
        // largest gap first: c2 (gap 6) before c1 (gap 5)
        assertTrue(html.indexOf("data-competency=\"" + c2 + "\"")
                < html.indexOf("data-competency=\"" + d.codes.get(d.fw.c1()) + "\""));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void explainsAnEmptyPopulationInsteadOfFailing() {
        GapData d = GapData.get();
        given().when().get("/reports/gaps?programme=" + d.fw.programme() + "&cadre=manager").then().statusCode(200)
                .body(allOf(containsString("id=\"no-people\""), not(containsString("id=\"gaps\""))));
        given().when().get("/reports/gaps").then().statusCode(200)
                .body(containsString("/reports/gaps?programme=" + d.fw.programme()));
        given().when().get("/reports/gaps?programme=" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void speaksTheUsersLanguage() {
        GapData d = GapData.get();
        given().header("Accept-Language", "fr").when().get("/reports/gaps?programme=" + d.fw.programme())
                .then().statusCode(200).body(containsString("Écarts de compétences"));
    }

    @Test
    @TestSecurity(user = "report.admin", roles = "admin")
    void listsThePeopleBehindAGapFromTheTable() {
        GapData d = GapData.get();
        String c1 = d.codes.get(d.fw.c1());
        given().when().get("/reports/gaps?programme=" + d.fw.programme()).then().statusCode(200)
                .body(containsString("href=\"/reports/gaps/" + c1 + "/people?programme=" + d.fw.programme()));
        given().when().get("/reports/gaps/" + c1 + "/people?programme=" + d.fw.programme()).then().statusCode(200)
                .body(allOf(containsString("data-person=\"" + d.p4 + "\""), containsString("not yet rated"),
                        containsString("self-assessed only"), not(containsString("data-person=\"" + d.p1 + "\""))));
        given().when().get("/reports/gaps/" + d.codes.get(d.fw.c4()) + "/people?programme=" + d.fw.programme())
                .then().statusCode(404);
    }

    @Test
    void barEscapesItsLabelAndScalesToThePopulation() {
        String svg = GapBar.svg("<b>\"x\" & y</b>", 4, 2, 1);
        assertTrue(svg.contains("&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"));
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("width=\"" + GapBar.WIDTH / 4 + "\" height=\"" + GapBar.HEIGHT + "\" fill=\"#1f5f3a\""));
        assertFalse(GapBar.svg("none", 0, 0, 0).contains("#1f5f3a"), "an empty population draws no bar");
    }
}
