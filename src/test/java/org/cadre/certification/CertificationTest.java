package org.cadre.certification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Policies, eligibility with reasons, issuing (numbering, idempotency), revocation, renewal, expiry and
 * the public verification. A fixture programme selects three competencies (levels 3 and 4 proficient);
 * mt.benin trains the cohort. Trainee "weak" misses every rule; trainee "strong" meets them all.
 */
@QuarkusTest
class CertificationTest {

    private static final String BJ = "[\"BJ\"]";

    EvidenceFixtures.Fw fw;
    UUID cohort;
    UUID weak;
    UUID strong;

    @BeforeEach
    void data() {
        fw = EvidenceFixtures.framework("BJ");
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        cohort = EvidenceFixtures.cohort(fw, "BJ", trainer);
        weak = EvidenceFixtures.trainee(cohort, "BJ");
        strong = EvidenceFixtures.trainee(cohort, "BJ");
        CertificationFixtures.attendance(cohort, weak, "present", "absent", "absent");
        CertificationFixtures.attendance(cohort, strong, "present", "late", "excused");
        CertificationFixtures.rating(weak, fw.c1(), fw.version(), 2);
        CertificationFixtures.rating(weak, fw.c2(), fw.version(), 3);
        CertificationFixtures.rating(weak, fw.c3(), fw.version(), 4);
        for (UUID c : List.of(fw.c1(), fw.c2(), fw.c3())) {
            CertificationFixtures.rating(strong, c, fw.version(), 3);
        }
        CertificationFixtures.postTest(weak, cohort, 55, 100);
        CertificationFixtures.postTest(strong, cohort, 30, 50);
    }

    private String code(String suffix) {
        return fw.code() + "-" + suffix;
    }

    private static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    private Response issue(String body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/cohorts/" + cohort + "/certificates");
    }

    private static Response renew(String id) {
        return given().contentType("application/json").body("{}").when().post("/api/v1/certificates/" + id + "/renew");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void showsDefaultsUntilAnAdminSetsAPolicy() {
        String path = "/api/v1/programmes/" + fw.programme() + "/certification-policy";
        given().when().get(path).then().statusCode(200)
                .body("defaults", equalTo(true)).body("minAttendancePercent", equalTo(80))
                .body("minPostTestPercent", equalTo(60)).body("validityMonths", equalTo(24))
                .body("renewalWindowDays", equalTo(90))
                .body("effectiveCompetencies", contains(code("1.1"), code("1.2"), code("2.1")));
        given().contentType("application/json").body("{\"minAttendancePercent\":50,\"requiredCompetencies\":[\"" + code("1.2")
                        + "\"],\"minPostTestPercent\":40,\"validityMonths\":12,\"renewalWindowDays\":30}")
                .when().put(path).then().statusCode(200).body("defaults", equalTo(false))
                .body("requiredCompetencies", contains(code("1.2"))).body("effectiveCompetencies", contains(code("1.2")));
        given().when().get(path).then().statusCode(200).body("minAttendancePercent", equalTo(50.0f))
                .body("validityMonths", equalTo(12));
        // with only 1.2 required, 33% attendance needed 50 … the weak trainee now misses attendance only
        given().when().get("/api/v1/cohorts/" + cohort + "/eligibility").then().statusCode(200)
                .body("trainees.find { it.personId == '" + weak + "' }.reasons", contains("attendance 33%, needs 50%"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void refusesAPolicyNamingCompetenciesTheProgrammeDidNotSelect() {
        given().contentType("application/json").body("{\"minAttendancePercent\":50,\"requiredCompetencies\":[\"" + code("2.2")
                        + "\"],\"minPostTestPercent\":40,\"validityMonths\":12,\"renewalWindowDays\":30}")
                .when().put("/api/v1/programmes/" + fw.programme() + "/certification-policy").then().statusCode(400)
                .body("errors[0].field", equalTo("requiredCompetencies"));
        given().contentType("application/json").body("{\"minAttendancePercent\":150,\"minPostTestPercent\":40,"
                        + "\"validityMonths\":12,\"renewalWindowDays\":30}")
                .when().put("/api/v1/programmes/" + fw.programme() + "/certification-policy").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void explainsEveryUnmetRule() {
        given().when().get("/api/v1/cohorts/" + cohort + "/eligibility").then().statusCode(200)
                .body("policy.defaults", equalTo(true))
                .body("trainees", hasSize(2))
                .body("trainees.find { it.personId == '" + weak + "' }.eligible", equalTo(false))
                .body("trainees.find { it.personId == '" + weak + "' }.reasons", contains("attendance 33%, needs 80%",
                        code("1.1") + " not yet proficient", "post-test 55, needs 60"))
                .body("trainees.find { it.personId == '" + strong + "' }.eligible", equalTo(true))
                .body("trainees.find { it.personId == '" + strong + "' }.attendancePercent", equalTo(100))
                .body("trainees.find { it.personId == '" + strong + "' }.reasons", empty());
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void issuesOnlyToEligibleTraineesAndOnlyOnce() {
        Response first = issue("{}");
        first.then().statusCode(201).body("issued", hasSize(1)).body("issued[0].personId", equalTo(strong.toString()))
                .body("issued[0].number", matchesPattern("BJ-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-\\d{6}"))
                .body("issued[0].verificationCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}"))
                .body("issued[0].competencies.code", contains(code("1.1"), code("1.2"), code("2.1")))
                .body("issued[0].framework", notNullValue()).body("issued[0].status", equalTo("active"))
                .body("issued[0].expiresOn", equalTo(LocalDate.now(ZoneOffset.UTC).plusMonths(24).toString()))
                .body("notEligible", hasSize(1)).body("notEligible[0].personId", equalTo(weak.toString()))
                .body("notEligible[0].reasons", hasSize(3));
        String number = first.path("issued[0].number");
        issue("{\"personIds\":[\"" + strong + "\"]}").then().statusCode(200).body("issued", empty())
                .body("alreadyIssued[0].number", equalTo(number));
        assertEquals(1L, ((Number) CertificationFixtures.value("select count(*) from certificate where person_id = ?1", strong))
                .longValue());
        issue("{\"personIds\":[\"" + UUID.randomUUID() + "\"]}").then().statusCode(400);
        given().when().get("/api/v1/cohorts/" + cohort + "/certificates").then().statusCode(200)
                .body("number", contains(number));
    }

    @Test
    void concurrentIssuingNeverSharesANumber() throws Exception {
        UUID programme = CohortFixtures.programme("BJ");
        CertificationFixtures.policy(programme, 0, 0, 24, 90);
        List<UUID> cohorts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID c = CohortFixtures.cohort(programme, "BJ", "UTC", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 50,
                    CohortFixtures.linkedPerson("mt.benin", "BJ"));
            for (int j = 0; j < 3; j++) {
                EvidenceFixtures.trainee(c, "BJ");
            }
            cohorts.add(c);
        }
        String token = org.cadre.testsupport.Tokens.of("admin");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<String>>> results = cohorts.stream().map(c -> pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType("application/json").body("{}")
                        .when().post("/api/v1/cohorts/" + c + "/certificates")
                        .then().statusCode(201).extract().<List<String>>path("issued.number");
            })).toList();
            start.countDown();
            List<String> numbers = new java.util.ArrayList<>();
            for (var f : results) {
                numbers.addAll(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(18, numbers.size());
            assertEquals(18, new java.util.HashSet<>(numbers).size(), "duplicates in " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSimultaneousIssuesOfACohortGiveOneCertificateEach() throws Exception {
        UUID programme = CohortFixtures.programme("BJ");
        CertificationFixtures.policy(programme, 0, 0, 24, 90);
        UUID c = CohortFixtures.cohort(programme, "BJ", "UTC", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 50,
                CohortFixtures.linkedPerson("mt.benin", "BJ"));
        for (int j = 0; j < 4; j++) {
            EvidenceFixtures.trainee(c, "BJ");
        }
        String token = org.cadre.testsupport.Tokens.of("admin");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> calls = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType("application/json").body("{}")
                        .when().post("/api/v1/cohorts/" + c + "/certificates");
            })).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            int issued = 0;
            for (var f : calls) {
                Response r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                issued += r.statusCode() == 201 ? r.<List<?>>path("issued").size() : 0;
                if (r.statusCode() == 200) {
                    assertEquals(4, r.<List<?>>path("alreadyIssued").size());
                }
            }
            assertEquals(List.of(200, 201), statuses.stream().sorted().toList());
            assertEquals(4, issued);
            assertEquals(4L, ((Number) CertificationFixtures.value("select count(*) from certificate where cohort_id = ?1", c))
                    .longValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTraineeIssuedFromTwoCohortsOfTheProgrammeAtOnceGetsOneCertificate() throws Exception {
        UUID programme = CohortFixtures.programme("BJ");
        CertificationFixtures.policy(programme, 0, 0, 24, 90);
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        List<UUID> cohorts = List.of(
                CohortFixtures.cohort(programme, "BJ", "UTC", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 50, trainer),
                CohortFixtures.cohort(programme, "BJ", "UTC", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 30), 50, trainer));
        UUID both = CohortFixtures.person("Twice", "Enrolled " + CohortFixtures.suffix(), "BJ");
        cohorts.forEach(c -> CohortFixtures.enrol(c, both));
        String token = org.cadre.testsupport.Tokens.of("admin");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> calls = cohorts.stream().map(c -> pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType("application/json").body("{}")
                        .when().post("/api/v1/cohorts/" + c + "/certificates");
            })).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : calls) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
            assertEquals(List.of(200, 201), statuses.stream().sorted().toList());
            assertEquals(1L, ((Number) CertificationFixtures.value("select count(*) from certificate where person_id = ?1", both))
                    .longValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void revokesWithAReasonOnce() {
        Response issued = issue("{}");
        String id = issued.path("issued[0].id");
        String code = issued.path("issued[0].verificationCode");
        given().contentType("application/json").body("{\"reason\":\" \"}").when()
                .post("/api/v1/certificates/" + id + "/revoke").then().statusCode(400);
        given().contentType("application/json").body("{\"reason\":\"Attendance sheets were forged\"}").when()
                .post("/api/v1/certificates/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("revoked")).body("revokedReason", equalTo("Attendance sheets were forged"));
        given().contentType("application/json").body("{\"reason\":\"again\"}").when()
                .post("/api/v1/certificates/" + id + "/revoke").then().statusCode(409);
        given().header("X-Forwarded-For", address()).when().get("/api/v1/certificates/verify/" + code).then()
                .statusCode(200).body("status", equalTo("revoked"));
        renew(id).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void renewsOnceInsideTheWindowWhileStillEligible() {
        CertificationFixtures.policy(fw.programme(), 80, 60, 12, 30);
        String id = issue("{}").path("issued[0].id");
        renew(id).then().statusCode(409); // window not open yet
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CertificationFixtures.update("update certificate set issued_on = ?1, expires_on = ?2 where id = ?3",
                today.minusMonths(11), today.plusDays(10), UUID.fromString(id));
        Response renewed = renew(id);
        renewed.then().statusCode(200).body("previousId", equalTo(id)).body("personId", equalTo(strong.toString()))
                .body("issuedOn", equalTo(today.toString()))
                .body("expiresOn", equalTo(today.plusDays(10).plusMonths(12).toString()));
        assertNotEquals(id, renewed.path("id"));
        renew(id).then().statusCode(409); // only once
        given().when().get("/api/v1/programmes/" + fw.programme() + "/certificates").then().statusCode(200)
                .body("id", containsInAnyOrder(id, renewed.path("id")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void refusesRenewalWhenNoLongerEligible() {
        String id = issue("{}").path("issued[0].id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CertificationFixtures.update("update certificate set issued_on = ?1, expires_on = ?2 where id = ?3",
                today.minusMonths(23), today.plusDays(5), UUID.fromString(id));
        CertificationFixtures.rating(strong, fw.c2(), fw.version(), 1); // a later, lower observation
        renew(id).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(code("1.2") + " not yet proficient"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void verificationShowsOnlyWhatTheCertificateShowsAndExpiresByDate() {
        Response issued = issue("{}");
        String id = issued.path("issued[0].id");
        String code = issued.path("issued[0].verificationCode");
        Map<String, Object> body = given().header("X-Forwarded-For", address())
                .when().get("/api/v1/certificates/verify/" + code.toLowerCase().replace("-", ""))
                .then().statusCode(200).body("status", equalTo("active"))
                .body("competencies.code", contains(code("1.1"), code("1.2"), code("2.1")))
                .extract().as(Map.class);
        assertEquals(java.util.Set.of("name", "programme", "competencies", "issuedOn", "validUntil", "status"), body.keySet());
        String text = given().header("X-Forwarded-For", address()).when().get("/api/v1/certificates/verify/" + code).asString();
        assertFalse(text.contains(strong.toString()) || text.contains(id) || text.contains("BJ-"), text);

        CertificationFixtures.update("update certificate set issued_on = ?1, expires_on = ?2 where id = ?3",
                LocalDate.now(ZoneOffset.UTC).minusMonths(25), LocalDate.now(ZoneOffset.UTC).minusDays(1), UUID.fromString(id));
        given().header("X-Forwarded-For", address()).when().get("/api/v1/certificates/verify/" + code)
                .then().statusCode(200).body("status", equalTo("expired"));
        String page = given().header("X-Forwarded-For", address()).when().get("/verify/" + code)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-status=\"expired\"") && page.contains(code("2.1")), page);
    }

    @Test
    void unknownCodesAnswerAPlain404AndGuessingIsRateLimited() {
        String address = address();
        String unknown = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23";
        given().header("X-Forwarded-For", address).when().get("/api/v1/certificates/verify/" + unknown)
                .then().statusCode(404).body("detail", equalTo("Certificate was not found"));
        int status = 404;
        for (int i = 0; i < 30 && status == 404; i++) {
            status = given().header("X-Forwarded-For", address).when().get("/api/v1/certificates/verify/" + unknown)
                    .then().extract().statusCode();
        }
        assertEquals(429, status);
        given().header("X-Forwarded-For", address).when().get("/api/v1/certificates/verify/" + unknown)
                .then().statusCode(429).header("Retry-After", notNullValue());
        given().header("X-Forwarded-For", address()).when().get("/api/v1/certificates/verify/" + unknown)
                .then().statusCode(404); // another address is not held back
    }

    @Test
    @TestSecurity(user = "pm.benin", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void aProgrammeManagerReadsTheirCountryButDoesNotIssue() {
        given().when().get("/api/v1/cohorts/" + cohort + "/eligibility").then().statusCode(200).body("trainees", hasSize(2));
        issue("{}").then().statusCode(403);
        given().when().get("/api/v1/programmes/" + fw.programme() + "/certification-policy").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void aProgrammeManagerOfAnotherCountrySeesNothing() {
        given().when().get("/api/v1/cohorts/" + cohort + "/eligibility").then().statusCode(404);
        given().when().get("/api/v1/cohorts/" + cohort + "/certificates").then().statusCode(404);
        given().when().get("/api/v1/programmes/" + fw.programme() + "/certificates").then().statusCode(200).body("$", empty());
    }

    @Test
    void verificationCodesCarryOver100BitsWithoutLookAlikes() {
        assertEquals(32, VerificationCodes.ALPHABET.chars().distinct().count());
        assertFalse(VerificationCodes.ALPHABET.matches(".*[ILOU].*"));
        String c = VerificationCodes.next();
        assertTrue(c.replace("-", "").length() * 5 >= 100, c);
        assertNotEquals(c, VerificationCodes.next());
        assertEquals(c, VerificationCodes.normalise(c.toLowerCase().replace("-", " ")));
        assertEquals("0111", VerificationCodes.normalise("oIl1"));
        assertTrue(List.of(c).stream().noneMatch(x -> x.isEmpty()), c);
    }
}
