package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.cadre.geo.RegionRepository;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WorkbookImportResourceTest {

    private static final String XLSX = WorkbookImportResource.XLSX;

    @Inject
    RegionRepository regions;

    @Inject
    WorkbookImportRepository imports;

    @Inject
    WorkbookAuditRepository audit;

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] regionFile(List<List<Object>> rows) {
        return TestWorkbooks.written("Provinces et raions", List.of("Kind", "Country", "Region"), rows);
    }

    private static ValidatableResponse upload(byte[] file) {
        return given().log().ifValidationFails().contentType(XLSX).body(file).queryParam("name", "régions.xlsx")
                .when().post("/api/v1/workbook/imports/regions").then().log().ifValidationFails();
    }

    private static ValidatableResponse decide(String id, String decision) {
        return given().contentType("application/json").body("{}")
                .post("/api/v1/workbook/imports/" + id + "/" + decision).then();
    }

    private long regionsNamed(String country, String name) {
        return regions.count("countryCode = ?1 and name = ?2", country, name);
    }

    @Test
    @TestSecurity(user = "wb-admin-roundtrip", roles = "admin")
    void previewWritesNothingCommitAppliesAllAndTheSameFileTwiceChangesNothing() {
        String s = suffix();
        String binhDuong = "Bình Dương " + s;
        String balti = "Bălți " + s;
        byte[] file = regionFile(List.of(List.of("province", "vn", binhDuong), List.of("municipality", "MD", balti)));

        String id = upload(file).statusCode(201)
                .body("status", equalTo("previewed"), "committable", equalTo(true),
                        "counts.create", equalTo(2), "counts.error", equalTo(0), "rows", hasSize(2),
                        "rows[0].row", equalTo(4), "rows[0].outcome", equalTo("create"),
                        "rows[0].label", equalTo(binhDuong + " (VN)"), "alreadyCommittedAs", nullValue())
                .extract().path("id");
        assertEquals(0, regionsNamed("VN", binhDuong), "a preview writes nothing");

        decide(id, "commit").statusCode(200)
                .body("status", equalTo("committed"), "changed", equalTo(true));
        assertEquals(1, regionsNamed("VN", binhDuong));
        assertEquals(1, regionsNamed("MD", balti));

        decide(id, "commit").statusCode(200)
                .body("status", equalTo("committed"), "changed", equalTo(false));

        given().contentType(XLSX).body(file).post("/api/v1/workbook/imports/regions").then()
                .statusCode(201).body("counts.unchanged", equalTo(2), "counts.create", equalTo(0),
                        "alreadyCommittedAs", equalTo(id));
        String second = given().contentType(XLSX).body(file).queryParam("name", "again.xlsx")
                .post("/api/v1/workbook/imports/regions").then().statusCode(201)
                .body("fileName", equalTo("again.xlsx"), "counts.unchanged", equalTo(2)).extract().path("id");
        decide(second, "commit").statusCode(200)
                .body("changed", equalTo(false));
        assertEquals(1, regionsNamed("VN", binhDuong));
        assertEquals(1, regionsNamed("MD", balti));
        assertEquals(1, audit.count("importId = ?1 and action = 'commit'", UUID.fromString(id)));
        assertEquals(1, audit.count("importId = ?1 and action = 'preview' and actor = 'wb-admin-roundtrip'", UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "wb-admin-update", roles = "admin")
    void aChangedValueIsAnUpdate() {
        String name = "Cahul " + suffix();
        String first = upload(regionFile(List.of(List.of("county", "MD", name)))).statusCode(201).extract().path("id");
        decide(first, "commit").statusCode(200);
        String second = upload(regionFile(List.of(List.of("raion", "MD", name.toUpperCase())))).statusCode(201)
                .body("counts.update", equalTo(1)).extract().path("id");
        decide(second, "commit").statusCode(200);
        assertEquals("raion", regions.ofCountry("MD").stream().filter(r -> r.name.equals(name)).findFirst().orElseThrow().kind);
    }

    @Test
    @TestSecurity(user = "wb-admin-errors", roles = "admin")
    void everyErrorNamesItsRowAndColumnAndCommitAppliesNothing() {
        String good = "Ouémé " + suffix();
        byte[] file = regionFile(List.of(List.of("department", "BJ", good), List.of("department", "XX", "Nowhere"),
                Arrays.asList("Department!", "BJ", null), List.of("department", "BJ", good)));
        String id = upload(file).statusCode(201)
                .body("committable", equalTo(false), "counts.create", equalTo(1), "counts.error", equalTo(3),
                        "rows[1].outcome", equalTo("error"), "rows[1].row", equalTo(5),
                        "rows[1].errors[0].column", equalTo("B"), "rows[1].errors[0].header", equalTo("Country"),
                        "rows[2].errors.column", equalTo(List.of("C", "A")),
                        "rows[3].errors[0].message", equalTo("repeats row 4"))
                .extract().path("id");
        decide(id, "commit").statusCode(422)
                .body("type", equalTo("https://cadre.example.org/problems/workbook-rows-invalid"),
                        "errors[0].field", equalTo("B5"));
        assertEquals(0, regionsNamed("BJ", good), "all or nothing: the valid row was not applied either");
        decide(id, "discard").statusCode(200).body("status", equalTo("discarded"));
        decide(id, "commit").statusCode(409);
    }

    @Test
    @TestSecurity(user = "wb-admin-errors-ro", roles = "admin")
    void rowErrorsSpeakTheUploadersLanguage() {
        byte[] file = regionFile(List.of(List.of("department", "XX", "Nicăieri " + suffix()),
                Arrays.asList("Department!", "MD", null)));
        given().header("Accept-Language", "ro").contentType(XLSX).body(file).queryParam("name", "raioane.xlsx")
                .when().post("/api/v1/workbook/imports/regions").then().statusCode(201)
                .body("rows[0].errors[0].message", equalTo("nu este un cod de țară ISO 3166-1, de exemplu BJ, MD, VN"),
                        "rows[1].errors.message", hasItem("este obligatoriu"));
    }

    @Test
    @TestSecurity(user = "wb-admin-hostile", roles = "admin")
    void hostileFilesGetAClear4xxAndNothingIsWritten() throws Exception {
        long before = imports.count();
        long auditBefore = audit.count();
        Map<String, Object[]> cases = Map.of(
                "bomb", new Object[]{TestWorkbooks.zipBomb(40), 413, "workbook-expands-too-much"},
                "encrypted", new Object[]{TestWorkbooks.encrypted(), 415, "workbook-encrypted"},
                "macros", new Object[]{TestWorkbooks.withMacros(), 415, "workbook-macro-enabled"},
                "png", new Object[]{TestWorkbooks.png(), 415, "workbook-not-xlsx"},
                "xls", new Object[]{TestWorkbooks.legacyXls(), 415, "workbook-legacy-format"},
                "truncated", new Object[]{Arrays.copyOf(regionFile(List.of(List.of("a", "BJ", "b"))), 900), 400, "workbook-corrupt"},
                "no header", new Object[]{TestWorkbooks.rawSheet(TestWorkbooks.row(1, TestWorkbooks.text("A1", "Âge"))), 422,
                        "workbook-missing-columns"});
        cases.forEach((label, c) -> given().contentType("application/octet-stream").body((byte[]) c[0])
                .post("/api/v1/workbook/imports/regions").then()
                .statusCode((Integer) c[1]).contentType("application/problem+json")
                .body("type", equalTo("https://cadre.example.org/problems/" + c[2])));
        assertEquals(before, imports.count());
        assertEquals(auditBefore, audit.count());
    }

    @Test
    @TestSecurity(user = "wb-admin-hurried", roles = "admin")
    void uploadsBeyondTheRateLimitAre429WithRetryAfter() {
        // cadre.rate-limit.imports.capacity=10 per user: the eleventh upload in a row is refused before it is read
        for (int i = 0; i < 10; i++) {
            given().contentType("application/octet-stream").body(new byte[]{1}).post("/api/v1/workbook/imports/regions")
                    .then().statusCode(415);
        }
        given().contentType("application/octet-stream").body(new byte[]{1}).post("/api/v1/workbook/imports/regions")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "wb-admin-big", roles = "admin")
    void anUploadOverTheLimitIs413() {
        byte[] big = new byte[5_242_881];
        big[0] = 'P';
        big[1] = 'K';
        given().log().ifValidationFails().contentType(XLSX).body(big).post("/api/v1/workbook/imports/regions").then().log().ifValidationFails().statusCode(413)
                .body("type", equalTo("https://cadre.example.org/problems/workbook-too-large"));
    }

    @Test
    @TestSecurity(user = "wb-trainee", roles = "trainee")
    void onlyAdminsImportRegions() {
        long before = imports.count();
        upload(regionFile(List.of(List.of("department", "BJ", "Zou " + suffix())))).statusCode(403);
        given().contentType(XLSX).body(new byte[]{1}).post("/api/v1/workbook/imports/unknown-kind")
                .then().statusCode(404);
        assertEquals(before, imports.count());
    }

    @Test
    void anImportIsVisibleToItsUploaderOnly() {
        String admin = Tokens.of("admin");
        String id = given().auth().oauth2(admin)
                .contentType(XLSX).body(regionFile(List.of(List.of("province", "VN", "Hà Giang " + suffix()))))
                .post("/api/v1/workbook/imports/regions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).get("/api/v1/workbook/imports/" + id).then().statusCode(200)
                .body("rows[0].outcome", equalTo("create"));
        String other = Tokens.of("pm.vietnam");
        given().auth().oauth2(other).get("/api/v1/workbook/imports/" + id).then().statusCode(404);
        given().auth().oauth2(other).contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then().statusCode(404);
        given().get("/api/v1/workbook/imports/" + id).then().statusCode(401);
    }
}
