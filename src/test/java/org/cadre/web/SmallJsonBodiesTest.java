package org.cadre.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small JSON body is read whole on the I/O thread (SmallJsonBodies); a larger one is streamed to the endpoint as
 * before. Both must reach the endpoint byte for byte, and a broken one is still a problem+json 400.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SmallJsonBodiesTest {

    private static String region(String name, int padding) {
        return "{\"name\":\"" + name + "\"," + " ".repeat(padding) + "\"kind\":\"raion\"}";
    }

    @Test
    void smallAndLargeBodiesReachTheEndpointWhole() {
        String small = "Bălți " + UUID.randomUUID().toString().substring(0, 8);
        given().contentType("application/json; charset=UTF-8").body(region(small, 0).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/countries/MD/regions")
                .then().statusCode(201).body("name", equalTo(small), "kind", equalTo("raion"));
        String large = "Ungheni " + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = region(large, SmallJsonBodies.LIMIT + 1_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > SmallJsonBodies.LIMIT);
        given().contentType("application/json").body(body)
                .when().post("/api/v1/countries/MD/regions")
                .then().statusCode(201).body("name", equalTo(large));
        String edge = "Soroca " + UUID.randomUUID().toString().substring(0, 8);
        String atLimit = region(edge, 0);
        atLimit = region(edge, SmallJsonBodies.LIMIT - atLimit.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(SmallJsonBodies.LIMIT, atLimit.getBytes(StandardCharsets.UTF_8).length);
        given().contentType("application/json").body(atLimit)
                .when().post("/api/v1/countries/MD/regions")
                .then().statusCode(201).body("name", equalTo(edge));
    }

    @Test
    void aTruncatedSmallBodyIsStillAProblem() {
        given().contentType("application/json").body("{\"name\": \"Orhei")
                .when().post("/api/v1/countries/MD/regions")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    /** Which requests are read whole before the endpoint: the rest keep Quarkus REST's streaming path. */
    @Test
    void onlySmallJsonBodiesOfDeclaredLengthAreReadWhole() {
        assertTrue(SmallJsonBodies.readsWhole("120", "application/json", null, false));
        assertTrue(SmallJsonBodies.readsWhole(Integer.toString(SmallJsonBodies.LIMIT), "application/json", null, false));
        assertFalse(SmallJsonBodies.readsWhole(Integer.toString(SmallJsonBodies.LIMIT + 1), "application/json", null, false));
        assertFalse(SmallJsonBodies.readsWhole(null, "application/json", null, false), "chunked: no declared length");
        assertFalse(SmallJsonBodies.readsWhole("0", "application/json", null, false));
        assertFalse(SmallJsonBodies.readsWhole("12x", "application/json", null, false));
        assertFalse(SmallJsonBodies.readsWhole("120", "application/x-www-form-urlencoded", null, false), "forms: the CSRF filter");
        assertFalse(SmallJsonBodies.readsWhole("120", "multipart/form-data; boundary=x", null, false));
        assertFalse(SmallJsonBodies.readsWhole("120", "application/json", "100-continue", false));
        assertFalse(SmallJsonBodies.readsWhole("120", "application/json", null, true), "already read");
    }

    @Test
    void onlyJsonTakesThePath() {
        assertTrue(SmallJsonBodies.isJson("application/json"));
        assertTrue(SmallJsonBodies.isJson("Application/JSON; charset=utf-8"));
        assertTrue(SmallJsonBodies.isJson("application/problem+json"));
        assertFalse(SmallJsonBodies.isJson("application/x-www-form-urlencoded"));
        assertFalse(SmallJsonBodies.isJson("multipart/form-data; boundary=x"));
        assertFalse(SmallJsonBodies.isJson(null));
    }
}
