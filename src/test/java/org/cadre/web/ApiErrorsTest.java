package org.cadre.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApiErrorsTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownApiRouteIsProblem404() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404), "title", equalTo("Not Found"), "type", notNullValue());
    }

    @Test
    @TestSecurity(user = "trainee.benin", roles = "trainee")
    void wrongRoleIsProblem403() {
        given().contentType("application/json").body("{\"name\":\"Zou\"}")
                .when().post("/api/v1/countries/BJ/regions")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void validationFailureListsTheFields() {
        given().contentType("application/json").body("{\"name\":\"  \", \"kind\":\"Not A Kind!\"}")
                .when().post("/api/v1/countries/BJ/regions")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("name"), "errors.field", hasItem("kind"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void malformedJsonIsProblem400WithoutInternals() {
        given().contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/countries/BJ/regions")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body(not(containsString("at com.")), not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void wrongMediaTypeIsProblem415() {
        given().contentType("text/plain").body("name=x")
                .when().post("/api/v1/countries/BJ/regions")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void noTokenIs401() {
        given().when().get("/api/v1/countries").then().statusCode(401);
    }
}
