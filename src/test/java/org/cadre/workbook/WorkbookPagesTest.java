package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Sheet;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class WorkbookPagesTest {

    private static final String TRAINER = "wb-mt-pages";

    private static String csrf(Response page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(token.find(), "the form carries a CSRF token");
        return token.group(1);
    }

    private static long ratings(UUID person) {
        return EvidenceFixtures.count("select count(*) from rating where person_id = ?1 and source = 'import'", person);
    }

    @Test
    @TestSecurity(user = TRAINER, roles = "master-trainer")
    void uploadPreviewEveryRowThenSaveAllFromThePages() {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("MD");
        UUID me = CohortFixtures.linkedPerson(TRAINER, "MD");
        UUID cohort = EvidenceFixtures.cohort(fw, "MD", me);
        UUID hong = CohortFixtures.person("Thị Hồng", "Nguyễn " + CohortFixtures.suffix(), "MD");
        CohortFixtures.enrol(cohort, hong);

        given().get("/cohorts/" + cohort).then().statusCode(200)
                .body(containsString("/workbook/imports/scores?scope=" + cohort),
                        containsString("/workbook/cohorts/" + cohort + "/certificates"));

        byte[] template = given().get("/workbook/cohorts/" + cohort + "/scoring-template").then().statusCode(200)
                .extract().asByteArray();
        int[] cell = new int[2];
        Filled.edit(template, book -> {
            Sheet sheet = book.getSheetAt(0);
            cell[0] = Filled.rowWith(sheet, 0, hong.toString());
            cell[1] = Filled.columnWith(sheet, Filled.rowWith(sheet, 0, "Cadre person id"), fw.code() + "-1.2");
        });
        String address = org.apache.poi.ss.util.CellReference.convertNumToColString(cell[1]) + (cell[0] + 1);
        byte[] wrong = Filled.edit(template, book -> {
            Sheet sheet = book.getSheetAt(0);
            int header = Filled.rowWith(sheet, 0, "Cadre person id");
            Filled.set(sheet, Filled.rowWith(sheet, 0, hong.toString()), Filled.columnWith(sheet, header, fw.code() + "-1.2"), "L7");
        });
        byte[] good = Filled.edit(template, book -> {
            Sheet sheet = book.getSheetAt(0);
            int header = Filled.rowWith(sheet, 0, "Cadre person id");
            Filled.set(sheet, Filled.rowWith(sheet, 0, hong.toString()), Filled.columnWith(sheet, header, fw.code() + "-1.2"), "L3");
        });

        Response form = given().header("Accept-Language", "fr").get("/workbook/imports/scores?scope=" + cohort);
        form.then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""),
                containsString("Grille d’évaluation remplie"));

        // without the form's token the upload is refused
        given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("scope", cohort.toString()).multiPart("file", "notes.xlsx", good, WorkbookImportResource.XLSX)
                .post("/workbook/imports/scores").then().statusCode(400);

        Response bad = given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("csrf-token", csrf(form)).multiPart("scope", cohort.toString())
                .multiPart("file", "notes.xlsx", wrong, WorkbookImportResource.XLSX)
                .post("/workbook/imports/scores");
        assertEquals(303, bad.statusCode(), bad.asString());
        String badPreview = bad.getHeader("Location");
        given().header("Accept-Language", "fr").get(badPreview).then().statusCode(200)
                .body(containsString("data-cell=\"" + address + "\""), containsString("n’est enregistré tant qu’une ligne a une erreur"),
                        containsString("&quot;L7&quot; is not a level"), not(containsString("id=\"commit\"")));

        Response ok = given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("csrf-token", csrf(form)).multiPart("scope", cohort.toString())
                .multiPart("file", "notes-balti.xlsx", good, WorkbookImportResource.XLSX)
                .post("/workbook/imports/scores");
        assertEquals(303, ok.statusCode(), ok.asString());
        Response preview = given().get(ok.getHeader("Location"));
        preview.then().statusCode(200).body(containsString("notes-balti.xlsx"), containsString("Nguyễn"),
                containsString("data-outcome=\"create\""), containsString("id=\"commit\""));
        assertEquals(0, ratings(hong), "the preview writes nothing");

        String id = ok.getHeader("Location").replaceAll(".*/imports/([^/]+)/preview", "$1");
        given().cookies(preview.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(preview)).post("/workbook/imports/" + id + "/commit")
                .then().statusCode(200).body(containsString("id=\"saved\""), not(containsString("id=\"unchanged\"")));
        assertEquals(1, ratings(hong));
        // a second upload of the same file, discarded from its preview page
        Response twice = given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("csrf-token", csrf(form)).multiPart("scope", cohort.toString())
                .multiPart("file", "notes-balti.xlsx", good, WorkbookImportResource.XLSX)
                .post("/workbook/imports/scores");
        Response again = given().get(twice.getHeader("Location"));
        again.then().statusCode(200).body(containsString("id=\"already\""), containsString("data-outcome=\"unchanged\""));
        String second = twice.getHeader("Location").replaceAll(".*/imports/([^/]+)/preview", "$1");
        given().cookies(again.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf(again)).post("/workbook/imports/" + second + "/discard")
                .then().statusCode(200).body(containsString("id=\"discarded\""));
        // a hostile file through the page is refused with a clear error page, and nothing is stored
        given().redirects().follow(false).cookies(form.getCookies())
                .multiPart("csrf-token", csrf(form)).multiPart("scope", cohort.toString())
                .multiPart("file", "bomb.xlsx", TestWorkbooks.zipBomb(40), WorkbookImportResource.XLSX)
                .post("/workbook/imports/scores").then().statusCode(413);
        assertEquals(1, ratings(hong));
        // the preview page of a saved import shows the result
        given().get("/workbook/imports/" + id + "/preview").then().statusCode(200).body(containsString("id=\"saved\""));
    }

    @Test
    @TestSecurity(user = "wb-trainee-pages", roles = "trainee")
    void aTraineeCannotOpenAnUploadForm() {
        UUID cohort = CohortFixtures.cohort(CohortFixtures.programme("MD"), "MD", "UTC", null,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 2), 10);
        given().get("/workbook/imports/scores?scope=" + cohort).then().statusCode(404);
        given().get("/workbook/imports/nothing?scope=" + cohort).then().statusCode(404);
        given().get("/workbook/imports/regions").then().statusCode(403);
    }
}
