package org.cadre.programme;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProgrammeResourceTest {

    @Inject
    ProgrammeRepository programmes;

    static String programmeIn(String name, String country) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "countries", List.of(country), "framework", "PSW", "frameworkVersion", "1.0",
                        "competencies", List.of("PSW-1.1", "psw-2.3", "PSW-4.2")))
                .when().post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminCreatesAProgrammeWithASelectionFromAPublishedVersion() {
        String name = "Para social workers Benin " + UUID.randomUUID();
        String id = programmeIn(name, "bj");
        given().when().get("/api/v1/programmes/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name), "countries", equalTo(List.of("BJ")), "framework", equalTo("PSW"),
                        "frameworkVersion", equalTo("1.0"), "competencies", equalTo(List.of("PSW-1.1", "PSW-2.3", "PSW-4.2")));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "countries", List.of("BJ", "TG"), "competencies", List.of("PSW-1.1")))
                .when().put("/api/v1/programmes/" + id)
                .then().statusCode(200).body("countries", equalTo(List.of("BJ", "TG")), "competencies", equalTo(List.of("PSW-1.1")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void selectionMustBelongToTheAdoptedVersion() {
        String name = "Mixed selection " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "countries", List.of("MD"), "framework", "PSW", "frameworkVersion", "1.0",
                        "competencies", List.of("PSW-1.1", "CYCW-1.1")))
                .when().post("/api/v1/programmes")
                .then().statusCode(400).body("errors.field", hasItem("competencies[1]"),
                        "errors.message", hasItem(containsString("CYCW-1.1 is not a competency of PSW 1.0")));
        assertEquals(0, programmes.count("name", name));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void onlyPublishedVersionsCanBeAdopted() {
        String code = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String draft = org.cadre.framework.FrameworkApiFixtures.draftJson(code);
        given().contentType(ContentType.JSON).body(draft).when().post("/api/v1/frameworks").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Draft adopter " + code, "countries", List.of("VN"), "framework", code, "frameworkVersion", "1.0"))
                .when().post("/api/v1/programmes")
                .then().statusCode(400).body("errors.field", hasItem("frameworkVersion"), "detail", containsString("only a published version"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void noSelectionAdoptsEveryCompetencyOfTheVersion() {
        String name = "Whole CDW " + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "countries", List.of("VN"), "framework", "CDW", "frameworkVersion", "1.0"))
                .when().post("/api/v1/programmes")
                .then().statusCode(201).body("competencies.size()", equalTo(10), "competencies[0]", equalTo("CDW-1.1"));
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void programmeManagerSeesOnlyProgrammesOfTheirCountries() {
        Programme vn = stored("Vietnam centres " + UUID.randomUUID(), "VN");
        Programme md = stored("Balti seminar " + UUID.randomUUID(), "MD");
        given().when().get("/api/v1/programmes").then().statusCode(200)
                .body("name", hasItem(vn.name), "name", not(hasItem(md.name)));
        given().when().get("/api/v1/programmes/" + vn.id).then().statusCode(200);
        given().when().get("/api/v1/programmes/" + md.id).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Not allowed", "countries", List.of("VN"), "framework", "PSW", "frameworkVersion", "1.0"))
                .when().post("/api/v1/programmes").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void traineesReadButDoNotChangeProgrammes() {
        Programme md = stored("Read only " + UUID.randomUUID(), "MD");
        given().when().get("/api/v1/programmes/" + md.id).then().statusCode(200).body("framework", equalTo("PSW"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "countries", List.of("MD")))
                .when().put("/api/v1/programmes/" + md.id).then().statusCode(403);
    }

    @Inject
    ProgrammeFixtures fixtures;

    private Programme stored(String name, String country) {
        return fixtures.programme(name, country);
    }
}
