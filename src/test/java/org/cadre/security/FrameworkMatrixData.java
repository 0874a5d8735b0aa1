package org.cadre.security;

import io.restassured.http.ContentType;
import org.cadre.framework.FrameworkApiFixtures;
import org.cadre.testsupport.Tokens;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * A framework of its own for the authorization matrix, made through the API as admin: version 1.0
 * published (to retire and copy), drafts 1.1 (to edit), 1.2 (to publish) and 1.3 (to delete), and a
 * programme adopting 1.0 (to edit).
 */
final class FrameworkMatrixData {

    private static FrameworkMatrixData instance;

    final String code;
    final String programme;
    private final AtomicInteger copies = new AtomicInteger();

    private FrameworkMatrixData() {
        code = "MX" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(FrameworkApiFixtures.draftJson(code))
                .post("/api/v1/frameworks").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .post("/api/v1/frameworks/" + code + "/versions/1.0/publish").then().statusCode(200);
        for (String v : List.of("1.1", "1.2", "1.3")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("version", v, "copyOf", "1.0"))
                    .post("/api/v1/frameworks/" + code + "/versions").then().statusCode(201);
        }
        programme = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", AccessRules.unique("Matrix programme"), "countries", List.of("VN"),
                        "framework", code, "frameworkVersion", "1.0"))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    static synchronized FrameworkMatrixData get() {
        if (instance == null) {
            instance = new FrameworkMatrixData();
        }
        return instance;
    }

    String draftBody(String version) {
        return FrameworkApiFixtures.draftJson(code).replace("\"1.0\"", "\"" + version + "\"");
    }

    String copyBody() {
        return "{\"version\":\"2.0-c" + copies.incrementAndGet() + "\",\"copyOf\":\"1.0\"}";
    }

    static String newDraftBody() {
        return FrameworkApiFixtures.draftJson("MN" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT));
    }

    static String pswPackage() {
        return given().auth().oauth2(Tokens.of("admin")).get("/api/v1/frameworks/PSW/versions/1.0/case").asString();
    }
}
