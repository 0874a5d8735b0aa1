package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AttendanceSheetImportTest {

    private static final String XLSX = WorkbookImportResource.XLSX;
    private static final String ZONE = "Europe/Chisinau";

    record Seminar(UUID cohort, UUID ana, UUID hong, UUID ion) {
    }

    /** A two-day seminar in Bălți (two sessions on the first day, one on the second) with three participants. */
    private static Seminar seminar(String trainer) {
        UUID me = CohortFixtures.linkedPerson(trainer, "MD");
        UUID programme = CohortFixtures.programme("MD");
        UUID cohort = CohortFixtures.cohort(programme, "MD", ZONE, "Bălți", LocalDate.of(2019, 5, 21),
                LocalDate.of(2019, 5, 22), 30, me);
        CohortFixtures.session(cohort, ZONE, LocalDateTime.of(2019, 5, 21, 9, 0), LocalDateTime.of(2019, 5, 21, 12, 0), "Sala 1", me);
        CohortFixtures.session(cohort, ZONE, LocalDateTime.of(2019, 5, 21, 13, 0), LocalDateTime.of(2019, 5, 21, 16, 0), "Sala 1", me);
        CohortFixtures.session(cohort, ZONE, LocalDateTime.of(2019, 5, 22, 9, 0), LocalDateTime.of(2019, 5, 22, 12, 0), "Sala 1", me);
        String s = CohortFixtures.suffix();
        UUID ana = CohortFixtures.person("Ana " + s, "Țurcanu", "MD");
        UUID hong = CohortFixtures.person("Thị Hồng " + s, "Nguyễn", "MD");
        UUID ion = CohortFixtures.person("Ion " + s, "Rusu", "MD");
        for (UUID p : new UUID[]{ana, hong, ion}) {
            CohortFixtures.enrol(cohort, p);
        }
        return new Seminar(cohort, ana, hong, ion);
    }

    private static byte[] sheets(UUID cohort) {
        return given().get("/api/v1/workbook/exports/cohorts/" + cohort + "/sign-in-sheets").then().statusCode(200)
                .extract().asByteArray();
    }

    /** Writes {@code text} in the signature (column E) or mark (column F) cell of a person on a day's sheet. */
    private static Consumer<XSSFWorkbook> mark(int day, UUID person, int column, String text) {
        return book -> {
            Sheet sheet = book.getSheetAt(day - 1);
            Filled.set(sheet, Filled.rowWith(sheet, 0, person.toString()), column, text);
        };
    }

    @SafeVarargs
    private static byte[] filled(byte[] exported, Consumer<XSSFWorkbook>... marks) {
        return Filled.edit(exported, book -> {
            for (Consumer<XSSFWorkbook> m : marks) {
                m.accept(book);
            }
        });
    }

    private static ValidatableResponse upload(UUID cohort, byte[] file) {
        return given().log().ifValidationFails().contentType(XLSX).body(file).queryParam("scope", cohort.toString())
                .post("/api/v1/workbook/imports/attendance").then().log().ifValidationFails();
    }

    private static ValidatableResponse commit(String id) {
        return given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then();
    }

    private static long attendance(UUID cohort, String status) {
        return EvidenceFixtures.count("select count(*) from attendance a join training_session s on s.id = a.session_id "
                + "where s.cohort_id = ?1 and a.status = ?2", cohort, status);
    }

    private static long corrections(UUID cohort) {
        return EvidenceFixtures.count("select count(*) from attendance_correction c join attendance a on a.id = c.attendance_id "
                + "join training_session s on s.id = a.session_id where s.cohort_id = ?1", cohort);
    }

    @Test
    @TestSecurity(user = "wb-mt-attendance", roles = "master-trainer")
    void filledSignInSheetsBecomeAttendanceOnceWithCorrectionsForChanges() {
        Seminar w = seminar("wb-mt-attendance");
        byte[] exported = sheets(w.cohort());

        byte[] wrong = filled(exported, mark(1, w.ana(), 4, "A. Țurcanu"), mark(1, w.hong(), 5, "A"),
                mark(2, w.ana(), 5, "L"), mark(2, w.hong(), 5, "maybe"));
        String bad = upload(w.cohort(), wrong).statusCode(201)
                .body("committable", equalTo(false), "counts.error", equalTo(1),
                        "rows.find { it.outcome == 'error' }.sheet", equalTo("Day 2 22.05.2019"),
                        "rows.find { it.outcome == 'error' }.errors[0].column", equalTo("F"),
                        "rows.find { it.outcome == 'error' }.errors[0].message", startsWith("\"maybe\" is not a mark"))
                .extract().path("id");
        commit(bad).statusCode(422);
        assertEquals(0, attendance(w.cohort(), "present"), "all or nothing");

        byte[] good = filled(exported, mark(1, w.ana(), 4, "A. Țurcanu"), mark(1, w.hong(), 5, "A"),
                mark(2, w.ana(), 5, "L"), mark(2, w.hong(), 5, "Excusé"));
        String id = upload(w.cohort(), good).statusCode(201)
                .body("committable", equalTo(true), "counts.create", equalTo(4), "counts.unchanged", equalTo(2),
                        "rows.find { it.outcome == 'create' }.label", startsWith("Nguyễn Thị Hồng"))
                .extract().path("id");
        assertEquals(0, attendance(w.cohort(), "present"), "a preview writes nothing");
        commit(id).statusCode(200).body("changed", equalTo(true));
        assertEquals(2, attendance(w.cohort(), "present"), "a signature on day 1 counts for both sessions");
        assertEquals(2, attendance(w.cohort(), "absent"));
        assertEquals(1, attendance(w.cohort(), "late"));
        assertEquals(1, attendance(w.cohort(), "excused"));
        assertEquals(0, EvidenceFixtures.count("select count(*) from attendance a join training_session s on s.id = a.session_id "
                + "where s.cohort_id = ?1 and a.person_id = ?2", w.cohort(), w.ion()), "a blank line records nothing");

        String again = upload(w.cohort(), good).statusCode(201)
                .body("counts.unchanged", equalTo(6), "alreadyCommittedAs", equalTo(id)).extract().path("id");
        commit(again).statusCode(200).body("changed", equalTo(false));
        assertEquals(0, corrections(w.cohort()));

        // a corrected sheet: Ana was absent on day 1 after all
        String corrected = upload(w.cohort(), filled(good, mark(1, w.ana(), 5, "A"))).statusCode(201)
                .body("counts.update", equalTo(1)).extract().path("id");
        commit(corrected).statusCode(200);
        assertEquals(0, attendance(w.cohort(), "present"));
        assertEquals(4, attendance(w.cohort(), "absent"));
        assertEquals(2, corrections(w.cohort()), "each changed record keeps its correction");
    }

    @Test
    @TestSecurity(user = "wb-mt-attendance-vn", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void anotherCountrysMasterTrainerGets404() {
        CohortFixtures.linkedPerson("wb-mt-attendance-vn", "VN");
        Seminar w = seminar("wb-mt-attendance-owner-" + CohortFixtures.suffix());
        byte[] file = TestWorkbooks.written("Day 1 21.05.2019", java.util.List.of("Cadre person id", "Signature"),
                java.util.List.of(java.util.List.of(w.ana().toString(), "x")));
        upload(w.cohort(), file).statusCode(404);
        assertEquals(0, attendance(w.cohort(), "present"));
    }
}
