package org.cadre.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class FrameworkResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static String jsonOf(String yaml) {
        try {
            return JSON.writeValueAsString(new YAMLMapper().readTree(yaml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String draftBody(String code) {
        return jsonOf(FrameworkLoaderTest.small(code).replace("status: published", "status: draft"));
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void everySignedInRoleReadsFrameworksAsATree() {
        given().when().get("/api/v1/frameworks")
                .then().statusCode(200).body("code", hasItems("PARA", "CYCW", "PSW", "CDW"));
        given().when().get("/api/v1/frameworks/psw/versions/1.0")
                .then().statusCode(200)
                .body("status", equalTo("published"),
                        "scale.find { it.proficient }.code", equalTo("proficient"),
                        "functions.find { it.code == 'PSW-2' }.competencies.code", hasItem("PSW-2.3"),
                        "functions.find { it.code == 'PSW-2' }.competencies.find { it.code == 'PSW-2.3' }.statement.fr",
                        containsString("ajuste"));
        given().when().get("/api/v1/frameworks/PSW/versions").then().statusCode(200).body("version", hasItem("1.0"));
        given().when().get("/api/v1/frameworks/NOPE/versions/1.0").then().statusCode(404);
    }

    @Test
    void apiNeedsAToken() {
        given().when().get("/api/v1/frameworks").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void onlyAdminsChangeFrameworks() {
        String code = FrameworkLoaderTest.uniqueCode();
        given().contentType(ContentType.JSON).body(draftBody(code)).when().post("/api/v1/frameworks").then().statusCode(403);
        given().contentType(ContentType.JSON).when().post("/api/v1/frameworks/PSW/versions/1.0/retire").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/frameworks/case").then().statusCode(403);
        given().when().get("/api/v1/frameworks/load-report").then().statusCode(403);
        given().when().get("/api/v1/frameworks/" + code + "/versions").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void draftsAreEditedPublishedVersionsAreImmutableAndNewVersionsDiff() {
        String code = FrameworkLoaderTest.uniqueCode();
        given().contentType(ContentType.JSON).body(draftBody(code)).when().post("/api/v1/frameworks")
                .then().statusCode(201).body("status", equalTo("draft"));
        String edited = draftBody(code).replace("Knows the local services", "Knows every local service");
        given().contentType(ContentType.JSON).body(edited).when().put("/api/v1/frameworks/" + code + "/versions/1.0")
                .then().statusCode(200).body("functions[0].competencies[1].statement.en", equalTo("Knows every local service"));
        given().contentType(ContentType.JSON).when().post("/api/v1/frameworks/" + code + "/versions/1.0/publish")
                .then().statusCode(200).body("status", equalTo("published"));
        given().contentType(ContentType.JSON).body(draftBody(code)).when().put("/api/v1/frameworks/" + code + "/versions/1.0")
                .then().statusCode(409).body("detail", containsString("cannot change"));
        given().when().delete("/api/v1/frameworks/" + code + "/versions/1.0").then().statusCode(409);

        given().contentType(ContentType.JSON).body(Map.of("version", "1.1", "copyOf", "1.0"))
                .when().post("/api/v1/frameworks/" + code + "/versions")
                .then().statusCode(201).body("status", equalTo("draft"), "version", equalTo("1.1"));
        String next = draftBody(code).replace("\"1.0\"", "\"1.1\"")
                .replace("Refers families to services", "Refers families and children to services")
                .replace("\"code\":\"" + code + "-2.1\"", "\"code\":\"" + code + "-2.2\"");
        given().contentType(ContentType.JSON).body(next).when().put("/api/v1/frameworks/" + code + "/versions/1.1")
                .then().log().ifValidationFails().statusCode(200);
        given().when().get("/api/v1/frameworks/" + code + "/diff?from=1.0&to=1.1")
                .then().statusCode(200)
                .body("added", equalTo(List.of(code + "-2.2")), "removed", equalTo(List.of(code + "-2.1")),
                        "reworded", hasItems(code + "-1.1", code + "-1.2"));
        given().contentType(ContentType.JSON).when().post("/api/v1/frameworks/" + code + "/versions/1.1/publish").then().statusCode(200);
        given().contentType(ContentType.JSON).when().post("/api/v1/frameworks/" + code + "/versions/1.0/retire")
                .then().statusCode(200).body("status", equalTo("retired"));
        given().contentType(ContentType.JSON).when().post("/api/v1/frameworks/" + code + "/versions/1.0/retire").then().statusCode(409);
        given().when().get("/api/v1/frameworks/" + code + "/versions/1.0")
                .then().statusCode(200).body("functions[0].competencies[1].statement.en", equalTo("Knows every local service"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void invalidDraftNamesTheKeyPath() {
        String code = FrameworkLoaderTest.uniqueCode();
        given().contentType(ContentType.JSON).body(draftBody(code).replace("\"advanced\"", "\"expert\""))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors.field", hasItem("functions[0].competencies[1].level"));
        given().when().get("/api/v1/frameworks/" + code).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void caseRoundTripGivesBackTheSameFramework() throws Exception {
        String code = FrameworkLoaderTest.uniqueCode();
        given().contentType(ContentType.JSON).body(draftBody(code)).when().post("/api/v1/frameworks").then().statusCode(201);
        String first = given().when().get("/api/v1/frameworks/" + code + "/versions/1.0/case")
                .then().statusCode(200)
                .body("CFDocument.identifier", equalTo(StableIds.document(code, "1.0").toString()),
                        "CFDocument.adoptionStatus", equalTo("Draft"),
                        "CFItems.CFItemType", hasItems("Function", "Competency", "Indicator"),
                        "CFItems.find { it.humanCodingScheme == '" + code + "-1.1' }.fullStatement", equalTo("Refers families to services"),
                        "CFAssociations.associationType.unique()", equalTo(List.of("isChildOf")))
                .extract().asString();
        ObjectNode p1 = (ObjectNode) JSON.readTree(first);
        assertEquals(2 + 3 + 1, p1.get("CFItems").size());
        assertEquals(p1.get("CFItems").size(), p1.get("CFAssociations").size());

        given().when().delete("/api/v1/frameworks/" + code + "/versions/1.0").then().statusCode(204);
        given().contentType(ContentType.JSON).body(first).when().post("/api/v1/frameworks/case")
                .then().statusCode(201).body("outcome", equalTo("created"), "version.status", equalTo("draft"));
        String second = given().when().get("/api/v1/frameworks/" + code + "/versions/1.0/case").then().statusCode(200).extract().asString();
        assertEquals(withoutTimes(JSON.readTree(first)), withoutTimes(JSON.readTree(second)));
        given().contentType(ContentType.JSON).body(second).when().post("/api/v1/frameworks/case")
                .then().statusCode(200).body("outcome", equalTo("unchanged"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void caseImportCannotChangeAPublishedVersion() throws Exception {
        String pkg = given().when().get("/api/v1/frameworks/PSW/versions/1.0/case").then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON).body(pkg).when().post("/api/v1/frameworks/case")
                .then().statusCode(200).body("outcome", equalTo("unchanged"), "version.status", equalTo("published"));
        String changed = pkg.replace("Reviews and adjusts the care plan", "Rewrites the care plan");
        assertNotEquals(pkg, changed);
        given().contentType(ContentType.JSON).body(changed).when().post("/api/v1/frameworks/case")
                .then().statusCode(409).body("detail", containsString("reworded PSW-2.3"));
        given().when().get("/api/v1/frameworks/PSW/versions/1.0")
                .then().body("functions[1].competencies[2].statement.en", containsString("Reviews and adjusts"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void caseFromAnotherToolWithoutCadreExtensionsBecomesADraft() throws Exception {
        String code = FrameworkLoaderTest.uniqueCode();
        given().contentType(ContentType.JSON).body(draftBody(code)).when().post("/api/v1/frameworks").then().statusCode(201);
        String pkg = given().when().get("/api/v1/frameworks/" + code + "/versions/1.0/case").then().extract().asString();
        given().when().delete("/api/v1/frameworks/" + code + "/versions/1.0").then().statusCode(204);
        ObjectNode plain = (ObjectNode) JSON.readTree(pkg);
        ((ObjectNode) plain.get("CFDocument")).remove("extensions");
        plain.get("CFItems").forEach(i -> ((ObjectNode) i).remove("extensions"));
        given().contentType(ContentType.JSON).body(plain.toString()).when().post("/api/v1/frameworks/case")
                .then().statusCode(201);
        given().when().get("/api/v1/frameworks/" + code + "/versions/1.0")
                .then().statusCode(200).body("status", equalTo("draft"),
                        "scale.code", equalTo(List.of("not-yet", "developing", "proficient")),
                        "functions[0].competencies[1].level", equalTo("advanced"),
                        "functions[0].competencies[0].statement.fr", equalTo(null));
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutTimes(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("lastChangeDateTime");
        }
        node.forEach(FrameworkResourceTest::withoutTimes);
        assertTrue(node != null);
        return node;
    }
}
