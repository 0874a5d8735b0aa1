package org.cadre.people;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PeopleTest {

    @Inject
    OrganisationRepository organisations;

    private static String createOrganisation(String name, String kind, String country) {
        return given().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"country\":\"" + country + "\"}")
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void organisationsAreFoundByNameWithAccentsIgnored() {
        String s = suffix();
        createOrganisation("Direcția asistență socială Bălți " + s, "social-work-centre", "MD");
        createOrganisation("Trung tâm bảo trợ trẻ em Quảng Ninh " + s, "child-protection-centre", "VN");
        given().queryParam("q", "balti " + s).when().get("/api/v1/organisations")
                .then().statusCode(200).body("name", hasItem("Direcția asistență socială Bălți " + s));
        given().queryParam("q", "QUANG NINH " + s).when().get("/api/v1/organisations")
                .then().statusCode(200).body("name", hasItem("Trung tâm bảo trợ trẻ em Quảng Ninh " + s));
        given().queryParam("q", s).queryParam("country", "md").when().get("/api/v1/organisations")
                .then().statusCode(200).body("country", not(hasItem("VN")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badOrganisationsAreRefused() {
        String name = "Ministère " + suffix();
        long before = organisations.count();
        given().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"ministry\",\"country\":\"ZZ\"}")
                .when().post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("country"));
        given().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"club\",\"country\":\"BJ\"}")
                .when().post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("kind"));
        assertEquals(before, organisations.count());
        createOrganisation(name, "ministry", "BJ");
        given().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"ministry\",\"country\":\"BJ\"}")
                .when().post("/api/v1/organisations").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void regionsAreFoundWithoutAccents() {
        String s = suffix();
        given().contentType("application/json").body("{\"name\":\"Bălți " + s + "\",\"kind\":\"municipality\"}")
                .when().post("/api/v1/countries/MD/regions").then().statusCode(201);
        given().queryParam("q", "Balti " + s).when().get("/api/v1/regions")
                .then().statusCode(200).body("name", hasItem("Bălți " + s));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void personsHaveProfilesAndOneKeycloakUserEach() {
        String family = "Nguyễn " + suffix();
        String id = given().contentType("application/json")
                .body("{\"givenName\":\"Thị Hương\",\"familyName\":\"" + family + "\",\"cadre\":\"social-worker\",\"country\":\"VN\"}")
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body("{\"level\":\"national\",\"frameworks\":[\"psw\",\"CYCW\"]}")
                .when().put("/api/v1/persons/" + id + "/profiles/trainer")
                .then().statusCode(200).body("profiles[0].kind", equalTo("trainer"), "profiles[0].level", equalTo("national"),
                        "profiles[0].frameworks", hasItems("PSW", "CYCW"));
        given().contentType("application/json").body("{\"level\":\"grand\"}")
                .when().put("/api/v1/persons/" + id + "/profiles/mentor").then().statusCode(400);
        String username = "user." + suffix();
        given().contentType("application/json").body("{\"username\":\"" + username + "\"}")
                .when().put("/api/v1/persons/" + id + "/account").then().statusCode(200).body("username", equalTo(username));
        UUID other = person("Văn", "Trần" + suffix(), "VN");
        given().contentType("application/json").body("{\"username\":\"" + username + "\"}")
                .when().put("/api/v1/persons/" + other + "/account").then().statusCode(409);
        given().queryParam("q", "nguyen " + family.substring(family.indexOf(' ') + 1)).when().get("/api/v1/persons")
                .then().statusCode(200).body("id", hasItem(id));
        given().contentType("application/json").body("{\"givenName\":\"X\",\"familyName\":\"Y\",\"country\":\"Atlantis\"}")
                .when().post("/api/v1/persons").then().statusCode(400).body("errors.field", hasItem("country"));
    }

    @Test
    @TestSecurity(user = "mt.moldova", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"MD\"]", type = ClaimType.JSON_ARRAY))
    void masterTrainersSeePersonsOfTheirCountriesOnly() {
        String s = suffix();
        UUID md = person("Ion", "Moldovan" + s, "MD");
        UUID bj = person("Codjo", "Beninois" + s, "BJ");
        given().queryParam("q", s).when().get("/api/v1/persons").then().statusCode(200)
                .body("id", hasItem(md.toString()), "id", not(hasItem(bj.toString())));
        given().when().get("/api/v1/persons/" + bj).then().statusCode(404);
        given().contentType("application/json").body("{\"givenName\":\"A\",\"familyName\":\"B\",\"country\":\"BJ\"}")
                .when().post("/api/v1/persons").then().statusCode(400);
        given().contentType("application/json").body("{\"level\":\"master\"}")
                .when().put("/api/v1/persons/" + md + "/profiles/trainer").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void programmePartnersAreSetByAdmins() {
        UUID programme = programme("BJ", "TG");
        String ngo = createOrganisation("ONG Enfance " + suffix(), "ngo", "BJ");
        given().contentType("application/json").body("{\"organisationIds\":[\"" + ngo + "\"]}")
                .when().put("/api/v1/programmes/" + programme + "/partners")
                .then().statusCode(200).body("id", hasItem(ngo));
        given().when().get("/api/v1/programmes/" + programme + "/partners").then().statusCode(200).body("id", hasItem(ngo));
        given().contentType("application/json").body("{\"organisationIds\":[\"" + UUID.randomUUID() + "\"]}")
                .when().put("/api/v1/programmes/" + programme + "/partners").then().statusCode(400);
        given().when().get("/api/v1/programmes/" + programme + "/partners").then().body("id", hasItem(ngo));
    }
}
