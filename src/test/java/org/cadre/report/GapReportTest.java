package org.cadre.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class GapReportTest {

    private static JsonPath gaps(String query) {
        // doubles, not floats: the figures are compared exactly
        return given().when().get("/api/v1/reports/gaps?" + query).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** Every figure of the report equals the brute-force count with ProficiencyPolicy. */
    private static void assertAgrees(GapData d, JsonPath report, Set<UUID> population) {
        Map<String, long[]> expected = d.bruteForce(population);
        List<Map<String, Object>> items = report.getList("items");
        assertEquals(3, items.size(), "one row per selected competency (not the unselected one)");
        assertEquals(population.size(), report.getLong("population"));
        for (Map<String, Object> row : items) {
            long[] e = expected.get((String) row.get("competency"));
            String code = (String) row.get("competency");
            assertEquals(e[0], ((Number) row.get("population")).longValue(), code + " population");
            assertEquals(e[1], ((Number) row.get("assessed")).longValue(), code + " assessed");
            assertEquals(e[2], ((Number) row.get("proficient")).longValue(), code + " proficient");
            assertEquals(e[0] - e[1], ((Number) row.get("notRated")).longValue(), code + " not rated");
            assertEquals(e[0] - e[2], ((Number) row.get("gap")).longValue(), code + " gap");
            assertEquals(e[0] == 0 ? 0.0 : (double) e[2] / e[0], ((Number) row.get("shareProficient")).doubleValue(), 1e-12);
            if (e[1] == 0) {
                assertNull(row.get("meanLevel"), code + " mean");
            } else {
                assertEquals((double) e[3] / e[1], ((Number) row.get("meanLevel")).doubleValue(), 1e-9, code + " mean");
            }
        }
        for (int i = 1; i < items.size(); i++) {
            long before = ((Number) items.get(i - 1).get("gap")).longValue();
            long after = ((Number) items.get(i).get("gap")).longValue();
            assertEquals(true, before >= after, "sorted by largest gap first");
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void sqlFiguresAgreeWithTheProficiencyPolicy() {
        GapData d = GapData.get();
        String p = "programme=" + d.fw.programme();
        assertAgrees(d, gaps(p), d.population(d.cohortA, d.cohortB));
        assertAgrees(d, gaps(p + "&country=BJ"), d.population(d.cohortA));
        assertAgrees(d, gaps(p + "&cohort=" + d.cohortB), d.population(d.cohortB));
        assertAgrees(d, gaps(p + "&country=bj&cadre=psw&from=2026-01-01&to=2026-12-31"), d.population(d.cohortA));
        assertAgrees(d, gaps(p + "&cadre=manager"), Set.of());
        assertAgrees(d, gaps(p + "&to=2025-06-30"), Set.of());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void figuresFollowTheRulesOfEvidence() {
        GapData d = GapData.get();
        JsonPath all = gaps("programme=" + d.fw.programme());
        String c1 = "items.find { it.competency == '" + d.codes.get(d.fw.c1()) + "' }.";
        String c2 = "items.find { it.competency == '" + d.codes.get(d.fw.c2()) + "' }.";
        String c3 = "items.find { it.competency == '" + d.codes.get(d.fw.c3()) + "' }.";
        // population: p1-p5, p6 (Togo), p8 once; p7 withdrew
        assertEquals(7, all.getInt("population"));
        // c1: p1 practical 3 (self 4 ignored), p2 tie → practical 2, p6 4; p3 and p8 self-assessed only
        assertEquals(3, all.getInt(c1 + "assessed"));
        assertEquals(2, all.getInt(c1 + "proficient"));
        assertEquals(3.0, all.getDouble(c1 + "meanLevel"), 1e-9);
        // c2: p1 later lower 2, p2 tie same directness → 3, p3 corrected to 1
        assertEquals(3, all.getInt(c2 + "assessed"));
        assertEquals(1, all.getInt(c2 + "proficient"));
        assertEquals(2.0, all.getDouble(c2 + "meanLevel"), 1e-9);
        // c3: p5 import 3, p8 later visit 3
        assertEquals(2, all.getInt(c3 + "proficient"));
        assertEquals(5, all.getInt(c3 + "gap"));
        assertEquals(3, all.getInt("total"));
        // paging: one row per page, largest gap first
        JsonPath first = gaps("programme=" + d.fw.programme() + "&size=1&page=0");
        assertEquals(3, first.getInt("total"));
        assertEquals(1, first.getList("items").size());
        assertEquals(6, first.getInt("items[0].gap"));
        assertEquals(d.codes.get(d.fw.c2()), first.getString("items[0].competency"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void listsThePeopleBehindAGap() {
        GapData d = GapData.get();
        String code = d.codes.get(d.fw.c1());
        JsonPath people = given().when().get("/api/v1/reports/gaps/" + code + "/people?programme=" + d.fw.programme())
                .then().statusCode(200).body("total", equalTo(5)).body("items", hasSize(5)).extract().jsonPath();
        assertEquals("below", people.getString("items.find { it.person == '" + d.p2 + "' }.status"));
        assertEquals(2, people.getInt("items.find { it.person == '" + d.p2 + "' }.level"));
        assertEquals("self-assessed", people.getString("items.find { it.person == '" + d.p3 + "' }.status"));
        assertEquals("self-assessed", people.getString("items.find { it.person == '" + d.p8 + "' }.status"));
        assertEquals("not-rated", people.getString("items.find { it.person == '" + d.p4 + "' }.status"));
        assertNull(people.get("items.find { it.person == '" + d.p1 + "' }"), "proficient people are not listed");
        given().when().get("/api/v1/reports/gaps/" + code + "/people?size=2&page=1&programme=" + d.fw.programme())
                .then().statusCode(200).body("total", equalTo(5)).body("items", hasSize(2));
        given().when().get("/api/v1/reports/gaps/" + d.codes.get(d.fw.c4()) + "/people?programme=" + d.fw.programme())
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void refusesBadFilters() {
        given().when().get("/api/v1/reports/gaps").then().statusCode(400).body("errors[0].field", equalTo("programme"));
        given().when().get("/api/v1/reports/gaps?programme=nope").then().statusCode(400);
        given().when().get("/api/v1/reports/gaps?programme=" + UUID.randomUUID()).then().statusCode(404);
        GapData d = GapData.get();
        given().when().get("/api/v1/reports/gaps?programme=" + d.fw.programme() + "&from=2026-02-01&to=2026-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().when().get("/api/v1/reports/gaps?programme=" + d.fw.programme() + "&size=1000").then().statusCode(400);
        given().when().get("/api/v1/reports/gaps?programme=" + d.fw.programme() + "&cohort=" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pm.togo", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"TG\"]", type = ClaimType.JSON_ARRAY))
    void managersSeeTheirCountriesOnly() {
        GapData d = GapData.get();
        String p = "programme=" + d.fw.programme();
        JsonPath mine = gaps(p);
        assertEquals(2, mine.getInt("population"));
        assertAgrees(d, mine, d.population(d.cohortB));
        given().when().get("/api/v1/reports/gaps?" + p + "&country=BJ").then().statusCode(404);
        given().when().get("/api/v1/reports/gaps?" + p + "&cohort=" + d.cohortA).then().statusCode(404);
        given().when().get("/api/v1/reports/gaps/" + d.codes.get(d.fw.c1()) + "/people?" + p)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].person", equalTo(d.p8.toString()));
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void trainersSeeTheCohortsTheyTrain() {
        GapData d = GapData.get();
        String p = "programme=" + d.fw.programme();
        assertAgrees(d, gaps(p), d.population(d.cohortA));
        given().when().get("/api/v1/reports/gaps?" + p + "&cohort=" + d.cohortB).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void coverageCountsReachAssessmentAndProficiencyPerCountry() {
        GapData d = GapData.get();
        JsonPath cov = given().when().get("/api/v1/reports/coverage?programme=" + d.fw.programme()).then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(6)).extract().jsonPath();
        String bj = "items.find { it.country == 'BJ' && it.competency == '" + d.codes.get(d.fw.c1()) + "' }.";
        String tg = "items.find { it.country == 'TG' && it.competency == '" + d.codes.get(d.fw.c1()) + "' }.";
        assertEquals(6, cov.getInt(bj + "population"));
        assertEquals(2, cov.getInt(bj + "reached"), "present and late count, absent and withdrawn do not");
        assertEquals(2, cov.getInt(bj + "assessed"));
        assertEquals(1, cov.getInt(bj + "proficient"));
        assertEquals(2, cov.getInt(tg + "population"));
        assertEquals(0, cov.getInt(tg + "reached"));
        assertEquals(1, cov.getInt(tg + "assessed"));
        assertEquals(1, cov.getInt(tg + "proficient"));
        assertEquals(0, cov.getInt("items.find { it.country == 'BJ' && it.competency == '" + d.codes.get(d.fw.c2())
                + "' }.reached"));
    }

    @Test
    @TestSecurity(user = "mentor.moldova", roles = "mentor")
    void mentorsMayNotReadReports() {
        given().when().get("/api/v1/reports/gaps?programme=" + GapData.get().fw.programme()).then().statusCode(403);
    }
}
