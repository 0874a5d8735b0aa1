package org.cadre.mentoring;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
@TestSecurity(user = "mentor.moldova", roles = "mentor")
class MentoringVisitTest {

    EvidenceFixtures.Fw fw;
    UUID mentor;
    UUID mentee;
    UUID cohort;

    @BeforeEach
    void data() {
        fw = EvidenceFixtures.framework("MD");
        mentor = CohortFixtures.linkedPerson("mentor.moldova", "MD");
        cohort = EvidenceFixtures.cohort(fw, "MD");
        mentee = EvidenceFixtures.trainee(cohort, "MD");
        EvidenceFixtures.assign(mentor, mentee);
    }

    private String visit(String date, String status, int level, String strengths, Integer version) {
        return """
                {"date":"%s","mode":"on-site","status":"%s","mentees":["%s"],
                 "observations":[{"personId":"%s","competencyId":"%s","level":%d,"note":"listens well"}],
                 "strengths":"%s","actionPoints":[{"text":"Update the case plan","dueOn":"2026-07-01"}]%s}"""
                .formatted(date, status, mentee, mentee, fw.c1(), level, strengths,
                        version == null ? "" : ",\"version\":" + version);
    }

    private ValidatableResponse put(UUID id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/v1/visits/" + id).then();
    }

    private long ratingsOfMentee() {
        return EvidenceFixtures.count("select count(*) from rating where person_id = ?1", mentee);
    }

    @Test
    void sendingTheSameVisitTwiceCreatesItOnce() {
        UUID id = UUID.randomUUID();
        String body = visit("2026-05-12", "submitted", 3, "Calm with families", null);
        put(id, body).statusCode(201).header("ETag", equalTo("\"0\"")).body("id", equalTo(id.toString()))
                .body("status", equalTo("submitted")).body("observations", hasSize(1));
        put(id, body).statusCode(200).body("version", equalTo(0)).body("strengths", equalTo("Calm with families"));
        assertEquals(1, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
        assertEquals(1, ratingsOfMentee(), "the retry must not add evidence");
        assertEquals(1, EvidenceFixtures.count("select count(*) from action_point where visit_id = ?1", id));
    }

    @Test
    void staleEditAnswers409WithBothVersions() {
        UUID id = UUID.randomUUID();
        put(id, visit("2026-05-12", "draft", 2, "first", null)).statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(visit("2026-05-12", "draft", 2, "second", null))
                .when().put("/api/v1/visits/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(visit("2026-05-12", "draft", 3, "mine", null))
                .when().put("/api/v1/visits/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("yours.strengths", equalTo("mine")).body("yours.observations[0].level", equalTo(3))
                .body("current.strengths", equalTo("second")).body("current.version", equalTo(1));
        // a stale version in the body is refused the same way, and nothing was overwritten
        put(id, visit("2026-05-12", "draft", 3, "mine", 0)).statusCode(409).body("current.strengths", equalTo("second"));
        given().when().get("/api/v1/visits/" + id).then().statusCode(200).body("strengths", equalTo("second"))
                .body("observations[0].level", equalTo(2));
    }

    @Test
    void rejectsLevelOutsideTheScaleAndWritesNothing() {
        UUID id = UUID.randomUUID();
        put(id, visit("2026-05-12", "submitted", 7, "x", null)).statusCode(400)
                .body("errors.field", hasItem("observations[0].level"));
        assertEquals(0, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
        assertEquals(0, ratingsOfMentee());
        assertEquals(0, EvidenceFixtures.count("select count(*) from evidence_audit where subject_id = ?1", id));
    }

    @Test
    void rejectsCompetencyOfAnotherVersionOrOutsideTheProgramme() {
        EvidenceFixtures.Fw other = EvidenceFixtures.framework("MD");
        UUID id = UUID.randomUUID();
        String foreign = visit("2026-05-12", "submitted", 3, "x", null).replace(fw.c1().toString(), other.c1().toString());
        put(id, foreign).statusCode(400).body("errors.field", hasItem("observations[0].competencyId"));
        String unselected = visit("2026-05-12", "submitted", 3, "x", null).replace(fw.c1().toString(), fw.c4().toString());
        put(id, unselected).statusCode(400).body("errors[0].message", containsString("programme"));
        assertEquals(0, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
        assertEquals(0, ratingsOfMentee());
    }

    /** Who the mentor mentors is read with the visit's first round trip (AccessPolicy.prefetchMentorFacts): the same rule. */
    @Test
    void refusesAMenteeWhoseAssignmentEndedOrHasNotBegun() {
        UUID ended = EvidenceFixtures.trainee(cohort, "MD");
        UUID future = EvidenceFixtures.trainee(cohort, "MD");
        UUID othersMentee = EvidenceFixtures.trainee(cohort, "MD");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            var em = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get();
            em.createNativeQuery("insert into mentor_assignment (id, mentor_id, mentee_id, since, until, created_by, created_at) "
                    + "values (gen_random_uuid(), ?1, ?2, current_date - 365, current_date, 'test', now())")
                    .setParameter(1, mentor).setParameter(2, ended).executeUpdate();
            em.createNativeQuery("insert into mentor_assignment (id, mentor_id, mentee_id, since, created_by, created_at) "
                    + "values (gen_random_uuid(), ?1, ?2, current_date + 1, 'test', now())")
                    .setParameter(1, mentor).setParameter(2, future).executeUpdate();
        });
        EvidenceFixtures.assign(CohortFixtures.person("Other", "Mentor " + CohortFixtures.suffix(), "MD"), othersMentee);
        for (UUID notMine : java.util.List.of(ended, future, othersMentee)) {
            UUID id = UUID.randomUUID();
            put(id, visit("2026-05-12", "submitted", 3, "x", null).replace(mentee.toString(), notMine.toString()))
                    .statusCode(404);
            String both = visit("2026-05-12", "submitted", 3, "x", null)
                    .replace("\"mentees\":[\"" + mentee + "\"]", "\"mentees\":[\"" + mentee + "\",\"" + notMine + "\"]");
            put(id, both).statusCode(404);
            assertEquals(0, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
            assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", notMine));
        }
        assertEquals(0, ratingsOfMentee());
        put(UUID.randomUUID(), visit("2026-05-12", "submitted", 3, "x", null)).statusCode(201);
    }

    @Test
    void refusesAPersonWhoIsNotTheMentorsMentee() {
        UUID stranger = EvidenceFixtures.trainee(cohort, "MD");
        UUID id = UUID.randomUUID();
        put(id, visit("2026-05-12", "submitted", 3, "x", null).replace(mentee.toString(), stranger.toString()))
                .statusCode(404);
        assertEquals(0, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
        assertEquals(0, EvidenceFixtures.count("select count(*) from rating where person_id = ?1", stranger));
    }

    @Test
    void refusesAnActionPointForSomeoneWhoIsNotAMenteeOfTheVisit() {
        UUID stranger = EvidenceFixtures.trainee(cohort, "MD");
        UUID id = UUID.randomUUID();
        String forStranger = visit("2026-05-12", "submitted", 3, "x", null)
                .replace("{\"text\":\"Update", "{\"personId\":\"" + stranger + "\",\"text\":\"Update");
        put(id, forStranger).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("actionPoints[0].personId"));
        String forUnknown = forStranger.replace(stranger.toString(), UUID.randomUUID().toString());
        put(id, forUnknown).statusCode(400).body("errors.field", hasItem("actionPoints[0].personId"));
        assertEquals(0, EvidenceFixtures.count("select count(*) from mentoring_visit where id = ?1", id));
        assertEquals(0, ratingsOfMentee());
        // the same point agreed with the visit's mentee is kept
        put(id, forStranger.replace(stranger.toString(), mentee.toString())).statusCode(201)
                .body("actionPoints[0].personId", equalTo(mentee.toString()));
    }

    @Test
    void submittedVisitChangesOnlyThroughARecordedCorrection() {
        UUID id = UUID.randomUUID();
        put(id, visit("2026-05-12", "submitted", 2, "ok", null)).statusCode(201);
        put(id, visit("2026-05-12", "submitted", 4, "ok", 0)).statusCode(409);
        given().contentType(ContentType.JSON).body("""
                        {"reason":"Typed the wrong level","observations":[{"personId":"%s","competencyId":"%s","level":3,"note":"listens well"}]}"""
                        .formatted(mentee, fw.c1()))
                .when().post("/api/v1/visits/" + id + "/corrections").then().statusCode(200)
                .body("version", equalTo(1)).body("observations[0].level", equalTo(3));
        assertEquals(2, ratingsOfMentee(), "the corrected rating stays; the correction is added");
        assertEquals(1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and supersedes_id is not null", mentee));
        assertEquals(1, EvidenceFixtures.count("select count(*) from correction where subject_type = 'visit' and subject_id = ?1 "
                + "and corrected_by = 'mentor.moldova' and reason = 'Typed the wrong level'", id));
        assertEquals(1, EvidenceFixtures.count("select count(*) from evidence_audit where subject_id = ?1 and action = 'corrected'", id));
        given().when().get("/api/v1/profiles/" + mentee).then().statusCode(200)
                .body("competencies.find { it.competencyId == '" + fw.c1() + "' }.level", equalTo(3));
        given().when().get("/api/v1/visits/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(java.util.List.of("created", "submitted", "corrected")))
                .body("actor", hasItem("mentor.moldova"))
                .body("[2].detail", containsString("Typed the wrong level"));
    }

    /**
     * The last visit is found through the mentee rows' copy of the visit's date and submission (V95): a draft does not
     * count, and once it is moved to another date and submitted, it does, from its new date on.
     */
    @Test
    void lastVisitFollowsADraftThatIsMovedAndSubmitted() {
        put(UUID.randomUUID(), visit("2026-05-12", "submitted", 2, "ok", null)).statusCode(201);
        UUID draft = UUID.randomUUID();
        String callTheSchool = visit("2026-05-20", "draft", 3, "ok", null).replace("Update the case plan", "Call the school");
        put(draft, callTheSchool).statusCode(201);
        put(UUID.randomUUID(), visit("2026-06-20", "draft", 3, "x", null))
                .statusCode(201).body("previousOpenActionPoints.text", equalTo(java.util.List.of("Update the case plan")));

        put(draft, callTheSchool.replace("2026-05-20", "2026-05-25").replace("\"draft\"", "\"submitted\"")
                .replace("}]}", "}],\"version\":0}")).statusCode(200).body("status", equalTo("submitted"));
        assertEquals(1, EvidenceFixtures.count("""
                select count(*) from visit_mentee m join mentoring_visit v on v.id = m.visit_id
                 where m.visit_id = ?1 and m.visit_date = v.visit_date and m.submitted and m.submitted_at = v.submitted_at""", draft));
        put(UUID.randomUUID(), visit("2026-06-21", "draft", 3, "x", null))
                .statusCode(201).body("previousOpenActionPoints.text", equalTo(java.util.List.of("Call the school")));
        put(UUID.randomUUID(), visit("2026-05-22", "draft", 3, "x", null))
                .statusCode(201).body("previousOpenActionPoints.text", equalTo(java.util.List.of("Update the case plan")));
        put(UUID.randomUUID(), visit("2026-05-01", "draft", 3, "x", null))
                .statusCode(201).body("previousOpenActionPoints", hasSize(0));
    }

    @Test
    void nextVisitShowsTheOpenActionPointsOfTheLast() {
        put(UUID.randomUUID(), visit("2026-05-12", "submitted", 2, "ok", null)).statusCode(201);
        UUID next = UUID.randomUUID();
        put(next, visit("2026-06-20", "draft", 3, "better", null).replace("Update the case plan", "Call the school"))
                .statusCode(201).body("previousOpenActionPoints.text", hasItem("Update the case plan"))
                .body("previousOpenActionPoints.visitDate", hasItem("2026-05-12"));
        given().when().get("/mentoring/visits/" + next).then().statusCode(200)
                .body(containsString("Update the case plan"), containsString("id=\"previous-action-points\""));
        given().when().get("/api/v1/mentees/" + mentee + "/open-action-points").then().statusCode(200)
                .body("text", hasItem("Update the case plan"));
        // followed up on the next visit's form: marked done, it is no longer open
        io.restassured.response.Response page = given().when().get("/mentoring/visits/" + next);
        String html = page.asString();
        String point = html.replaceAll("(?s).*name=\"follow\\.([0-9a-f-]{36})\".*", "$1");
        String csrf = html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        String version = html.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        given().contentType(ContentType.URLENC).redirects().follow(false).cookies(page.getCookies())
                .formParam("csrf-token", csrf).formParam("frameworkVersionId", fw.version().toString())
                .formParam("version", version).formParam("mentee", mentee.toString()).formParam("date", "2026-06-20")
                .formParam("mode", "on-site").formParam("level." + fw.c1(), "3").formParam("note." + fw.c1(), "listens well")
                .formParam("strengths", "better").formParam("ap.text.0", "Call the school").formParam("ap.due.0", "2026-07-01")
                .formParam("follow." + point, "done").formParam("action", "draft")
                .when().post("/mentoring/visits/" + next).then().statusCode(303);
        given().when().get("/api/v1/mentees/" + mentee + "/open-action-points").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.not(hasItem("Update the case plan")));
        assertEquals(1, EvidenceFixtures.count("select count(*) from evidence_audit where subject_id = ?1 and action = 'status'",
                UUID.fromString(point)));
    }

    @Test
    void ratingsCannotBeChangedOrDeleted() {
        put(UUID.randomUUID(), visit("2026-05-12", "submitted", 2, "ok", null)).statusCode(201);
        assertThrows(Exception.class, () -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                        .createNativeQuery("update rating set level = 4 where person_id = :p").setParameter("p", mentee)
                        .executeUpdate()));
        assertEquals(1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and level = 2", mentee));
    }

    @Test
    void mentorPagesListMenteesAndSaveTheFormOnce() {
        given().when().get("/mentoring").then().statusCode(200).body(containsString(mentee.toString()));
        io.restassured.response.Response page = given().when().get("/mentoring/visits/new?mentee=" + mentee);
        page.then().statusCode(200)
                .body(containsString(fw.code() + "-1.1"), containsString("name=\"level." + fw.c1() + "\""));
        String form = page.asString();
        String visitId = form.replaceAll("(?s).*action=\"/mentoring/visits/([0-9a-f-]{36})\".*", "$1");
        String csrf = form.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.URLENC).redirects().follow(false).cookies(page.getCookies())
                    .formParam("csrf-token", csrf).formParam("frameworkVersionId", fw.version().toString())
                    .formParam("mentee", mentee.toString()).formParam("date", "2026-05-14").formParam("mode", "remote")
                    .formParam("level." + fw.c2(), "4").formParam("note." + fw.c2(), "clear notes")
                    .formParam("strengths", "Keeps records").formParam("ap.text.0", "Visit the family")
                    .formParam("ap.due.0", "2026-06-01").formParam("action", "submitted")
                    .when().post("/mentoring/visits/" + visitId).then().statusCode(303);
        }
        assertEquals(1, EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and source_id = ?2",
                mentee, UUID.fromString(visitId)));
        given().when().get("/mentoring/visits/" + visitId).then().statusCode(200)
                .body(containsString("Keeps records"), containsString("Visit the family"));
    }
}
