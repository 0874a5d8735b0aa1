package org.cadre.mentoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a visit PUT writes, and only that: it reads everything first and writes at the end in batches, so
 * these pin down the rows, the answer and the all-or-nothing rule.
 */
@QuarkusTest
@TestSecurity(user = "mentor.moldova", roles = "mentor")
class VisitWriteTest {

    static final ObjectMapper JSON = new ObjectMapper();

    EvidenceFixtures.Fw fw;
    UUID mentor;
    UUID cohort;
    UUID first;
    UUID second;

    @BeforeEach
    void data() {
        fw = EvidenceFixtures.framework("MD");
        mentor = CohortFixtures.linkedPerson("mentor.moldova", "MD");
        cohort = EvidenceFixtures.cohort(fw, "MD");
        first = EvidenceFixtures.trainee(cohort, "MD");
        second = EvidenceFixtures.trainee(cohort, "MD");
        EvidenceFixtures.assign(mentor, first);
        EvidenceFixtures.assign(mentor, second);
    }

    private static String observation(UUID person, UUID competency, int level, String note) {
        return "{\"personId\":\"%s\",\"competencyId\":\"%s\",\"level\":%d,\"note\":\"%s\"}".formatted(person, competency, level, note);
    }

    private String visit(String status, String observations, Integer version) {
        return """
                {"date":"2026-05-20","mode":"on-site","status":"%s","mentees":["%s","%s"],"observations":[%s],
                 "strengths":"Patient","actionPoints":[{"text":"Write up the plan","dueOn":"2026-06-30"},
                 {"personId":"%s","text":"Phone the family"}]%s}"""
                .formatted(status, second, first, observations, first, version == null ? "" : ",\"version\":" + version);
    }

    private ValidatableResponse put(UUID id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/v1/visits/" + id).then();
    }

    private static long count(String sql, Object... params) {
        return EvidenceFixtures.count(sql, params);
    }

    private long rowsOf(UUID visit) {
        return count("select count(*) from mentoring_visit where id = ?1", visit)
                + count("select count(*) from visit_mentee where visit_id = ?1", visit)
                + count("select count(*) from visit_observation where visit_id = ?1", visit)
                + count("select count(*) from action_point where visit_id = ?1", visit)
                + count("select count(*) from rating where source_id = ?1", visit)
                + count("select count(*) from evidence_audit where subject_id = ?1", visit);
    }

    private String threeObservations() {
        // not in the order the database sorts them, and over both mentees
        return String.join(",", observation(second, fw.c3(), 2, "b"), observation(first, fw.c2(), 4, "a"),
                observation(second, fw.c1(), 1, ""));
    }

    @Test
    void answerOfAPutIsWhatAFollowingGetAnswers() throws Exception {
        UUID id = UUID.randomUUID();
        String created = put(id, visit("submitted", threeObservations(), null)).statusCode(201).header("ETag", equalTo("\"0\""))
                .extract().asString();
        String read = given().when().get("/api/v1/visits/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .extract().asString();
        JsonNode answer = JSON.readTree(created);
        assertEquals(JSON.readTree(read), answer);
        assertEquals(3, answer.get("observations").size());
        assertEquals(2, answer.get("mentees").size());
        assertEquals(2, answer.get("actionPoints").size());
        assertEquals(fw.code() + "-1.1", answer.get("observations").findValuesAsText("competencyCode").stream()
                .filter(c -> c.endsWith("-1.1")).findFirst().orElseThrow());
        answer.get("mentees").forEach(m -> assertEquals(false, m.get("name").asText().equals("?"), "every mentee has a name"));
        assertEquals(false, answer.get("mentorName").asText().equals("?"));
        // an edit of a draft answers the same as a read too
        UUID draft = UUID.randomUUID();
        put(draft, visit("draft", threeObservations(), null)).statusCode(201);
        String edited = put(draft, visit("draft", observation(first, fw.c1(), 3, "x"), 0)).statusCode(200)
                .header("ETag", equalTo("\"1\"")).extract().asString();
        assertEquals(JSON.readTree(given().when().get("/api/v1/visits/" + draft).then().statusCode(200).extract().asString()),
                JSON.readTree(edited));
    }

    @Test
    void submittingWritesEachObservationAsExactlyOneRatingWithItsAuditLines() {
        UUID id = UUID.randomUUID();
        put(id, visit("submitted", threeObservations(), null)).statusCode(201);
        assertEquals(3, count("select count(*) from rating where source_id = ?1 and source = 'visit'", id));
        assertEquals(1, count("select count(*) from rating where source_id = ?1 and person_id = ?2 and competency_id = ?3 "
                + "and level = 2 and note = 'b' and framework_version_id = ?4 and rater_person_id = ?5 "
                + "and rater_username = 'mentor.moldova' and observed_at = timestamptz '2026-05-20 12:00:00+00' "
                + "and supersedes_id is null", id, second, fw.c3(), fw.version(), mentor));
        assertEquals(1, count("select count(*) from rating where source_id = ?1 and person_id = ?2 and competency_id = ?3 "
                + "and level = 4 and note = 'a'", id, first, fw.c2()));
        assertEquals(1, count("select count(*) from rating where source_id = ?1 and person_id = ?2 and competency_id = ?3 "
                + "and level = 1 and note = ''", id, second, fw.c1()));
        assertEquals(3, count("select count(*) from visit_observation where visit_id = ?1", id));
        assertEquals(2, count("select count(*) from visit_mentee where visit_id = ?1", id));
        assertEquals(2, count("select count(*) from action_point where visit_id = ?1", id));
        assertEquals(1, count("select count(*) from evidence_audit where subject_id = ?1 and action = 'created'", id));
        assertEquals(1, count("select count(*) from evidence_audit where subject_id = ?1 and action = 'submitted' "
                + "and detail = '{\"ratings\":3}'", id));
        assertEquals(3, count("select count(*) from evidence_audit a join rating r on r.id = a.subject_id "
                + "where r.source_id = ?1 and a.action = 'rated' and a.subject_type = 'rating' and a.actor = 'mentor.moldova'", id));
        // the report pre-aggregate follows the new ratings
        assertEquals(1, count("select count(*) from current_rating c join rating r on r.id = c.rating_id "
                + "where c.person_id = ?1 and c.competency_id = ?2 and r.source_id = ?3 and c.level = 4", first, fw.c2(), id));
        // a retry adds nothing
        put(id, visit("submitted", threeObservations(), null)).statusCode(200);
        assertEquals(3, count("select count(*) from rating where source_id = ?1", id));
        assertEquals(2, count("select count(*) from evidence_audit where subject_id = ?1", id));
    }

    @Test
    void editingADraftReplacesItsObservationsAndSubmittingRatesOnlyTheLast() {
        UUID id = UUID.randomUUID();
        put(id, visit("draft", threeObservations(), null)).statusCode(201);
        assertEquals(0, count("select count(*) from rating where source_id = ?1", id), "a draft is not evidence");
        String replaced = String.join(",", observation(first, fw.c2(), 3, "better"), observation(first, fw.c3(), 2, "new"));
        put(id, visit("draft", replaced, 0)).statusCode(200).body("version", equalTo(1))
                .body("observations.level", containsInAnyOrder(3, 2));
        assertEquals(2, count("select count(*) from visit_observation where visit_id = ?1", id));
        assertEquals(1, count("select count(*) from visit_observation where visit_id = ?1 and person_id = ?2 "
                + "and competency_id = ?3 and level = 3 and note = 'better'", id, first, fw.c2()));
        assertEquals(0, count("select count(*) from visit_observation where visit_id = ?1 and person_id = ?2", id, second));
        assertEquals(2, count("select count(*) from action_point where visit_id = ?1", id), "action points replaced, not added");
        put(id, visit("submitted", replaced, 1)).statusCode(200).body("status", equalTo("submitted"))
                .body("version", equalTo(2));
        assertEquals(2, count("select count(*) from rating where source_id = ?1", id));
        assertEquals(1, count("select count(*) from rating where source_id = ?1 and person_id = ?2 and competency_id = ?3 "
                + "and level = 2 and note = 'new'", id, first, fw.c3()));
        assertEquals(2, count("select count(*) from evidence_audit where subject_id = ?1 and action = 'updated'", id));
        assertEquals(1, count("select count(*) from evidence_audit where subject_id = ?1 and action = 'submitted'", id));
    }

    @Test
    void aRefusedPutLeavesNoRowsAtAll() {
        UUID id = UUID.randomUUID();
        // the last of three observations is off the scale: nothing of the visit may stay
        String offScale = String.join(",", observation(first, fw.c1(), 2, ""), observation(second, fw.c2(), 3, ""),
                observation(second, fw.c3(), 9, ""));
        put(id, visit("submitted", offScale, null)).statusCode(400).body("errors.field", equalTo(java.util.List.of(
                "observations[2].level")));
        assertEquals(0, rowsOf(id));
        assertEquals(0, count("select count(*) from rating where person_id in (?1, ?2)", first, second));
        // a person who is not the mentor's mentee: 404, and nothing written
        UUID stranger = EvidenceFixtures.trainee(cohort, "MD");
        put(id, visit("submitted", observation(first, fw.c1(), 2, ""), null).replace(second.toString(), stranger.toString()))
                .statusCode(404);
        assertEquals(0, rowsOf(id));
        // a refused edit of a draft leaves the draft as it was
        put(id, visit("draft", observation(first, fw.c1(), 2, "kept"), null)).statusCode(201);
        long before = rowsOf(id);
        put(id, visit("submitted", observation(first, fw.c1(), 0, "lost"), 0)).statusCode(400);
        assertEquals(before, rowsOf(id));
        given().when().get("/api/v1/visits/" + id).then().statusCode(200).body("version", equalTo(0))
                .body("status", equalTo("draft")).body("observations[0].note", equalTo("kept"));
        assertEquals(0, count("select count(*) from rating where source_id = ?1", id));
    }

    @Test
    void everyRefusedObservationIsNamedAtOnce() {
        EvidenceFixtures.Fw other = EvidenceFixtures.framework("MD");
        UUID id = UUID.randomUUID();
        String bad = String.join(",", observation(first, fw.c1(), 5, ""), observation(first, fw.c4(), 2, ""),
                observation(second, other.c1(), 2, ""), observation(second, fw.c2(), 4, ""));
        put(id, visit("submitted", bad, null)).statusCode(400).body("errors", hasSize(3))
                .body("errors.field", equalTo(java.util.List.of("observations[0].level", "observations[1].competencyId",
                        "observations[2].competencyId")));
        assertEquals(0, rowsOf(id));
    }

    /** The columns of a visit's rows that do not depend on ids or clocks, one string per row, sorted. */
    private static java.util.List<String> rows(String sql, UUID visit) {
        return EvidenceFixtures.strings(sql, visit).stream().sorted().toList();
    }

    private java.util.List<String> written(UUID visit) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.addAll(rows("select concat_ws('|', mentor_id, visit_date, site_id, mode, status, framework_version_id, strengths, "
                + "created_by, submitted_at is not null) from mentoring_visit where id = ?1", visit));
        all.addAll(rows("select 'mentee|' || person_id from visit_mentee where visit_id = ?1", visit));
        all.addAll(rows("select concat_ws('|', 'obs', person_id, competency_id, level, note) from visit_observation "
                + "where visit_id = ?1", visit));
        all.addAll(rows("select concat_ws('|', 'ap', person_id, text, due_on, status, position, version) from action_point "
                + "where visit_id = ?1", visit));
        all.addAll(rows("select concat_ws('|', 'rating', person_id, competency_id, framework_version_id, level, source, "
                + "rater_username, rater_person_id, observed_at, note, supersedes_id is null, recorded_at > now() - interval '1 hour') "
                + "from rating where source_id = ?1", visit));
        // the rating's audit line: same actor and detail (the rating's id aside)
        all.addAll(rows("select concat_ws('|', 'rated', a.actor, a.subject_type, (a.detail::jsonb - 'sourceId')::text, "
                + "a.detail::jsonb ->> 'sourceId' = r.source_id::text) from evidence_audit a join rating r on r.id = a.subject_id "
                + "where r.source_id = ?1 and a.action = 'rated'", visit));
        all.addAll(rows("select concat_ws('|', 'submitted', actor, detail) from evidence_audit where subject_id = ?1 "
                + "and action = 'submitted'", visit));
        return all;
    }

    @Test
    void aVisitSubmittedAtOnceWritesTheSameRowsAsADraftSubmittedLater() {
        // the new visit's rows go out in one statement of plain SQL; a draft submitted by an edit goes through the
        // persistence context: both must leave the same rows (ids and clocks aside)
        UUID direct = UUID.randomUUID();
        put(direct, visit("submitted", threeObservations(), null)).statusCode(201);
        UUID edited = UUID.randomUUID();
        put(edited, visit("draft", threeObservations(), null)).statusCode(201);
        put(edited, visit("submitted", threeObservations(), 0)).statusCode(200);
        java.util.List<String> directRows = written(direct);
        assertEquals(written(edited), directRows);
        assertEquals(1 + 2 + 3 + 2 + 3 + 3 + 1, directRows.size());
        // what the creation's audit line records is what the edit's line has after it
        assertEquals(EvidenceFixtures.strings("select (detail::jsonb -> 'after')::text from evidence_audit "
                        + "where subject_id = ?1 and action = 'updated'", edited),
                EvidenceFixtures.strings("select detail::jsonb::text from evidence_audit where subject_id = ?1 "
                        + "and action = 'created'", direct));
        // the audit trail in the order it was written: created, the three ratings, submitted
        assertEquals(java.util.List.of("created", "rated", "rated", "rated", "submitted"), EvidenceFixtures.strings("""
                select a.action from evidence_audit a left join rating r on r.id = a.subject_id
                 where a.subject_id = ?1 or r.source_id = ?1 order by a.seq""", direct));
        // stored times are the ones the answer gave
        String submittedAt = given().when().get("/api/v1/visits/" + direct).then().statusCode(200).extract().path("submittedAt");
        assertEquals(1, count("select count(*) from mentoring_visit where id = ?1 and submitted_at = cast(?2 as timestamptz) "
                + "and created_at <= submitted_at and updated_at <= submitted_at", direct, submittedAt));
    }

    @Test
    void copiesOfTheSameNewVisitArrivingAtOnceCreateItOnce() throws Exception {
        // a phone retrying on a bad connection: the copies wait for each other; one creates, the others find it
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                UUID id = UUID.randomUUID();
                String body = visit("submitted", threeObservations(), null);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return put(id, body).extract().statusCode();
                    }));
                }
                start.countDown();
                java.util.List<Integer> codes = new java.util.ArrayList<>();
                for (var answer : answers) {
                    codes.add(answer.get());
                }
                assertEquals(java.util.List.of(200, 200, 200, 201), codes.stream().sorted().toList());
                assertEquals(3, count("select count(*) from rating where source_id = ?1", id));
                assertEquals(1, count("select count(*) from evidence_audit where subject_id = ?1 and action = 'submitted'", id));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
