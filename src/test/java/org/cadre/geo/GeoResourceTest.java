package org.cadre.geo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GeoResourceTest {

    @Inject
    RegionRepository regions;

    @Test
    @TestSecurity(user = "trainee.vietnam", roles = "trainee")
    void countriesAreNamedInTheCallersLanguage() {
        given().header("Accept-Language", "fr").when().get("/api/v1/countries")
                .then().statusCode(200).body("find { it.code == 'MD' }.name", equalTo("Moldavie"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsRegionOnceAndEveryoneReadsIt() {
        given().contentType("application/json").body("{\"name\":\"Quảng Ninh\",\"kind\":\"province\"}")
                .when().post("/api/v1/countries/vn/regions")
                .then().statusCode(201).body("country", equalTo("VN"), "name", equalTo("Quảng Ninh"));
        given().contentType("application/json").body("{\"name\":\"quảng ninh\"}")
                .when().post("/api/v1/countries/VN/regions")
                .then().statusCode(409);
        given().when().get("/api/v1/countries/VN/regions")
                .then().statusCode(200).body("name", hasItem("Quảng Ninh"));
        assertEquals(1, regions.count("countryCode = ?1 and lower(name) = lower(?2)", "VN", "Quảng Ninh"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void unknownCountryIs404() {
        given().contentType("application/json").body("{\"name\":\"Nowhere\"}")
                .when().post("/api/v1/countries/XX/regions")
                .then().statusCode(404);
        assertEquals(0, regions.count("countryCode", "XX"));
    }
}
