package org.cadre.framework;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The framework API with real Keycloak tokens of the demo users. */
@QuarkusTest
class FrameworkRealTokenTest {

    @Test
    void masterTrainerReadsButCannotRetire() {
        String token = Tokens.of("mt.benin");
        given().auth().oauth2(token).when().get("/api/v1/frameworks")
                .then().statusCode(200).body("code", hasItem("CYCW"));
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post("/api/v1/frameworks/CYCW/versions/1.0/retire")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).when().get("/api/v1/frameworks/CYCW/versions/1.0")
                .then().statusCode(200).body("status", equalTo("published"));
    }
}
