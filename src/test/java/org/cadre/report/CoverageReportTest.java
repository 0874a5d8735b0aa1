package org.cadre.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CoverageReportTest {

    private static JsonPath get(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static long n(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

    /** Every page of a paged report, read with a small page size so paging is exercised too. */
    private static List<Map<String, Object>> allPages(String path, int size) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || all.size() < total; page++) {
            JsonPath json = get(path + "&size=" + size + "&page=" + page);
            total = json.getLong("total");
            List<Map<String, Object>> items = json.getList("items");
            if (items.isEmpty()) {
                break;
            }
            all.addAll(items);
        }
        assertEquals(total < 0 ? 0 : total, all.size(), "pages add up to the total");
        return all;
    }

    /** Compares every measure of the four coverage queries with the brute-force counts. */
    private static void assertAgrees(CoverageData d, String query, List<CoverageData.EnrolmentInfo> rows) {
        String p = "programme=" + d.fw.programme() + query;

        Map<String, CoverageData.Figures> countries = new LinkedHashMap<>();
        for (Map<String, Object> r : allPages("/api/v1/reports/coverage?" + p, 4)) {
            countries.put(r.get("country") + "|" + r.get("competency"), new CoverageData.Figures(n(r, "population"),
                    n(r, "reached"), n(r, "assessed"), n(r, "proficient"), n(r, "certified")));
        }
        assertEquals(rows.isEmpty(), countries.isEmpty(), "rows exactly when people are counted, for " + query);
        assertEquals(d.byCountry(rows), countries, "country rows for " + query);

        Map<String, CoverageData.Figures> regions = new LinkedHashMap<>();
        for (Map<String, Object> r : allPages("/api/v1/reports/coverage/regions?" + p, 5)) {
            regions.put(r.get("country") + "|" + r.get("region") + "|" + r.get("competency"), new CoverageData.Figures(
                    n(r, "population"), n(r, "reached"), n(r, "assessed"), n(r, "proficient"), n(r, "certified")));
        }
        assertEquals(new java.util.TreeMap<>(d.byRegion(rows)), new java.util.TreeMap<>(regions), "region rows for " + query);

        Map<String, CoverageData.Figures> cadres = new LinkedHashMap<>();
        for (Map<String, Object> r : get("/api/v1/reports/coverage/cadres?" + p).<Map<String, Object>>getList("items")) {
            cadres.put((String) r.get("cadre"), new CoverageData.Figures(n(r, "people"), n(r, "reached"), n(r, "assessed"),
                    n(r, "proficientInAll"), n(r, "certified")));
        }
        assertEquals(d.byCadre(rows), cadres, "cadre totals for " + query);

        Map<LocalDate, CoverageData.Figures> quarters = new LinkedHashMap<>();
        for (Map<String, Object> r : get("/api/v1/reports/coverage/trend?" + p).<Map<String, Object>>getList("items")) {
            quarters.put(LocalDate.parse((String) r.get("quarter")), new CoverageData.Figures(0, n(r, "reached"),
                    n(r, "assessed"), n(r, "proficient"), n(r, "certified")));
        }
        assertEquals(d.byQuarter(rows), quarters, "quarterly trend for " + query);
    }

    private static Set<UUID> all(CoverageData d) {
        return d.cohorts.keySet();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void sqlFiguresAgreeWithABruteForceCountUnderEveryFilter() {
        CoverageData d = CoverageData.get();
        Set<UUID> all = all(d);
        assertAgrees(d, "", d.counted(d.where(null, null, null, null, null, null, null, all)));
        assertAgrees(d, "&country=BJ", d.counted(d.where(null, "BJ", null, null, null, null, null, all)));
        assertAgrees(d, "&region=" + d.regionAtlantique, d.counted(d.where(null, null, d.regionAtlantique, null, null, null, null, all)));
        assertAgrees(d, "&organisation=" + d.orgBenin, d.counted(d.where(null, null, null, d.orgBenin, null, null, null, all)));
        assertAgrees(d, "&cadre=cycw", d.counted(d.where(null, null, null, null, "cycw", null, null, all)));
        assertAgrees(d, "&cohort=" + d.cohortD, d.counted(d.where(d.cohortD, null, null, null, null, null, null, all)));
        assertAgrees(d, "&from=2026-01-01&to=2026-03-31",
                d.counted(d.where(null, null, null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), all)));
        assertAgrees(d, "&country=BJ&cadre=psw&from=2026-04-01&version=" + d.fw.version(),
                d.counted(d.where(null, "BJ", null, null, "psw", LocalDate.of(2026, 4, 1), null, all)));
        assertAgrees(d, "&cadre=manager&organisation=" + d.orgMoldova,
                d.counted(d.where(null, null, null, d.orgMoldova, "manager", null, null, all)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void countsFollowTheRulesOfReachAndCertification() {
        CoverageData d = CoverageData.get();
        String k1 = d.codes.get(d.fw.c1());
        JsonPath cov = get("/api/v1/reports/coverage?programme=" + d.fw.programme());
        String bj = "items.find { it.country == 'BJ' && it.competency == '" + k1 + "' }.";
        // Benin: A (7), B (3, one also in A), C (2) → 11 people; withdrawn and waitlisted are not counted
        assertEquals(11, cov.getInt(bj + "population"));
        // reached in k1: a1, a2 (late), ab in A, ab again in B (once), b2 in B; not a3 (absent), a4 (excused),
        // b1 (attended A's session without being enrolled in A), w1 (withdrawn)
        assertEquals(4, cov.getInt(bj + "reached"));
        // certified in k1: ab and b2 hold valid certificates; c1's expired, d1's was revoked
        assertEquals(2, cov.getInt(bj + "certified"));
        assertEquals(1, cov.getInt("items.find { it.country == 'MD' && it.competency == '" + d.codes.get(d.fw.c2())
                + "' }.certified"));
        // the trend starts with the quarter of cohort C (Q4 2025) and has every quarter up to Q3 2026
        List<String> quarters = get("/api/v1/reports/coverage/trend?programme=" + d.fw.programme()).getList("items.quarter");
        assertEquals(List.of("2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01"), quarters);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void emptyFiltersGiveEmptyReportsNotErrors() {
        CoverageData d = CoverageData.get();
        String p = "programme=" + d.fw.programme() + "&to=2020-01-01";
        given().when().get("/api/v1/reports/coverage?" + p).then().statusCode(200).body("total", equalTo(0))
                .body("items", empty());
        given().when().get("/api/v1/reports/coverage/regions?" + p).then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/reports/coverage/cadres?" + p).then().statusCode(200).body("items", empty());
        given().when().get("/api/v1/reports/coverage/trend?" + p).then().statusCode(200).body("items", empty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void refusesFiltersThatDoNotExist() {
        CoverageData d = CoverageData.get();
        String p = "programme=" + d.fw.programme();
        given().when().get("/api/v1/reports/coverage?" + p + "&version=" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/regions?" + p + "&region=" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/cadres?" + p + "&organisation=" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/trend?" + p + "&version=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().when().get("/api/v1/reports/coverage/regions?" + p + "&size=201").then().statusCode(400);
        given().when().get("/api/v1/reports/gaps?" + p + "&version=" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pm.moldova", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void aManagerOfMoldovaSeesNoBeninData() {
        CoverageData d = CoverageData.get();
        Set<UUID> mine = Set.of(d.cohortD);
        assertAgrees(d, "", d.counted(d.where(null, null, null, null, null, null, null, mine)));
        assertAgrees(d, "&cadre=psw", d.counted(d.where(null, null, null, null, "psw", null, null, mine)));
        List<String> countries = get("/api/v1/reports/coverage?programme=" + d.fw.programme()).getList("items.country");
        assertFalse(countries.contains("BJ"));
        assertTrue(countries.contains("MD"));
        String p = "programme=" + d.fw.programme();
        given().when().get("/api/v1/reports/coverage?" + p + "&country=BJ").then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/regions?" + p + "&region=" + d.regionAtlantique).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/cadres?" + p + "&organisation=" + d.orgBenin).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/trend?" + p + "&cohort=" + d.cohortA).then().statusCode(404);
        given().when().get("/api/v1/reports/coverage/regions?" + p + "&region=" + d.regionBalti).then().statusCode(200);
        given().when().get("/reports/coverage?" + p + "&country=BJ").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void aMasterTrainerSeesTheCohortsTheyTrainOnly() {
        CoverageData d = CoverageData.get();
        Set<UUID> mine = Set.of(d.cohortA);
        assertAgrees(d, "", d.counted(d.where(null, null, null, null, null, null, null, mine)));
        given().when().get("/api/v1/reports/coverage/trend?programme=" + d.fw.programme() + "&cohort=" + d.cohortB)
                .then().statusCode(404);
    }
}
