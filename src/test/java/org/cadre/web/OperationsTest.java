package org.cadre.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"), "checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndOpenApiAreServedToAdminsWithABearerToken() {
        String admin = org.cadre.testsupport.Tokens.of("admin");
        given().auth().oauth2(admin).when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory"));
        given().auth().oauth2(admin).accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body(containsString("/api/v1/countries"));
    }

    @Test
    void openApiIsWrittenOnRequestInBothFormsWithTheKeycloakScheme() {
        // built when asked for (quarkus.smallrye-openapi.always-run-filter), not at start: the run-time
        // filters must still add the OpenID Connect scheme that points at the realm
        String admin = org.cadre.testsupport.Tokens.of("admin");
        given().auth().oauth2(admin).accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body(containsString("/.well-known/openid-configuration"),
                        containsString("\"openapi\""));
        given().auth().oauth2(admin).when().get("/q/openapi.yaml")
                .then().statusCode(200).body(containsString("/api/v1/countries:"), containsString("openIdConnectUrl:"));
    }

    @Test
    void metricsAndOpenApiAreClosedToEveryoneElse() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().when().get("/q/openapi").then().statusCode(401);
        given().auth().oauth2(org.cadre.testsupport.Tokens.of("pm.vietnam")).when().get("/q/metrics").then().statusCode(403);
    }
}
