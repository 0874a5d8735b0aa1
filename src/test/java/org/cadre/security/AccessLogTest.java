package org.cadre.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AccessLogTest {

    @Inject
    AccessLog log;

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    void recordsWhoAccessedWhat() {
        String id = UUID.randomUUID().toString();
        log.record(AccessLog.Action.EXPORT, "cohort", id, "roster.xlsx");
        var entries = log.search(new AccessLog.Filter(null, "cohort", id), 0, 10);
        org.junit.jupiter.api.Assertions.assertEquals(1, entries.size());
        org.junit.jupiter.api.Assertions.assertEquals("mt.benin", entries.get(0).actor());
        org.junit.jupiter.api.Assertions.assertEquals("export", entries.get(0).action());
        org.junit.jupiter.api.Assertions.assertEquals("master-trainer", entries.get(0).actorRoles());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminReadsTheLogThroughApiAndPage() {
        String id = UUID.randomUUID().toString();
        log.record(AccessLog.Action.READ, "person", id, "<b>profile</b>");
        given().queryParam("subjectType", "person").queryParam("subjectId", id)
                .when().get("/api/v1/admin/access-log")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].actor", equalTo("admin"));
        given().queryParam("subjectId", id).when().get("/admin/access-log")
                .then().statusCode(200).body(containsString(id), containsString("&lt;b&gt;profile"));
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    void othersMayNotReadTheLog() {
        given().when().get("/api/v1/admin/access-log").then().statusCode(403);
        given().when().get("/admin/access-log").then().statusCode(403);
    }
}
