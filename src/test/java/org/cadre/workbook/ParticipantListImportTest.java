package org.cadre.workbook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.cadre.testsupport.CohortFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ParticipantListImportTest {

    private static final String XLSX = WorkbookImportResource.XLSX;

    @Inject
    WorkbookImportRepository imports;

    private static UUID cohort() {
        UUID trainer = CohortFixtures.person("Afi", "Mensah " + CohortFixtures.suffix(), "BJ");
        return CohortFixtures.cohort(CohortFixtures.programme("BJ", "VN"), "BJ", "Africa/Porto-Novo", "Cotonou",
                LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 40, trainer);
    }

    private static ValidatableResponse upload(UUID cohort, byte[] file) {
        return given().contentType(XLSX).body(file).queryParam("scope", cohort.toString()).queryParam("name", "liste.xlsx")
                .post("/api/v1/workbook/imports/participants").then();
    }

    private static ValidatableResponse commit(String id) {
        return given().contentType("application/json").body("{}").post("/api/v1/workbook/imports/" + id + "/commit").then();
    }

    private long enrolled(UUID cohort) {
        return ((Number) imports.getEntityManager()
                .createNativeQuery("select count(*) from enrolment where cohort_id = ?1 and status <> 'withdrawn'")
                .setParameter(1, cohort).getSingleResult()).longValue();
    }

    private long enrolments(UUID cohort, UUID person) {
        return ((Number) imports.getEntityManager()
                .createNativeQuery("select count(*) from enrolment where cohort_id = ?1 and person_id = ?2")
                .setParameter(1, cohort).setParameter(2, person).getSingleResult()).longValue();
    }

    @Test
    @TestSecurity(user = "wb-admin-participants", roles = "admin")
    void anExportedRosterComesBackUnchangedAndANewListCreatesAndEnrolsOnce() {
        UUID cohort = cohort();
        String s = CohortFixtures.suffix();
        UUID known = CohortFixtures.person("Kodjo", "Agbéko " + s, "BJ");
        CohortFixtures.enrol(cohort, known);
        UUID notYet = CohortFixtures.person("Lan", "Trần " + s, "VN");

        byte[] roster = given().get("/api/v1/workbook/exports/cohorts/" + cohort + "/roster").then().statusCode(200)
                .extract().asByteArray();
        String again = upload(cohort, roster).statusCode(201)
                .body("counts.total", equalTo(1), "counts.unchanged", equalTo(1)).extract().path("id");
        commit(again).statusCode(200).body("changed", equalTo(false));

        // columns in another order, French headers, a person found by name and one new person
        byte[] list = TestWorkbooks.written("Atelier de Cotonou", List.of("Pays", "Prénom", "Nom", "Téléphone"),
                List.of(List.of("VN", "Lan", "Trần " + s, "+84 912 345 678"),
                        List.of("BJ", "Rosine", "Houngbédji " + s, "+229 97 00 00 01")));
        String id = upload(cohort, list).statusCode(201)
                .body("counts.update", equalTo(1), "counts.create", equalTo(1), "committable", equalTo(true))
                .extract().path("id");
        assertEquals(1, enrolled(cohort), "the preview enrols nobody");
        commit(id).statusCode(200).body("changed", equalTo(true));
        assertEquals(3, enrolled(cohort));

        upload(cohort, list).statusCode(201).body("counts.unchanged", equalTo(2), "counts.create", equalTo(0));
        assertEquals(3, enrolled(cohort));
        assertEquals(1, enrolments(cohort, notYet));
    }

    @Test
    @TestSecurity(user = "wb-admin-participant-errors", roles = "admin")
    void badValuesAreReportedByRowAndColumn() {
        UUID cohort = cohort();
        byte[] list = TestWorkbooks.written("Liste", List.of("Family name", "Given name", "Cadre", "Email"),
                List.of(List.of("Rusu", "Ion", "wizard", "ion.rusu@example.org"),
                        List.of("Ciobanu", "Maria", "psw", "not-an-address")));
        upload(cohort, list).statusCode(201)
                .body("counts.error", equalTo(2), "rows[0].errors[0].column", equalTo("C"),
                        "rows[0].errors[0].header", equalTo("Cadre"), "rows[1].errors[0].column", equalTo("D"));
    }

    @Test
    @TestSecurity(user = "wb-pm-participants", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"BJ\"]", type = ClaimType.JSON_ARRAY))
    void readOnlyCallersCannotImportAndNothingIsWritten() {
        UUID cohort = cohort();
        long before = imports.count();
        byte[] list = TestWorkbooks.written("Liste", List.of("Nom", "Prénom"), List.of(List.of("Rusu", "Ion")));
        upload(cohort, list).statusCode(403);
        given().contentType(XLSX).body(list).post("/api/v1/workbook/imports/participants").then().statusCode(400);
        assertEquals(before, imports.count());
    }

    private String contact(UUID person, String column) {
        return (String) imports.getEntityManager().createNativeQuery("select " + column + " from person where id = ?1")
                .setParameter(1, person).getSingleResult();
    }

    @Test
    @TestSecurity(user = "wb-admin-participant-contacts", roles = "admin")
    void knownPeopleGetTheirContactsUpdatedMatchedByIdThenEmailThenName() {
        UUID cohort = cohort();
        String s = CohortFixtures.suffix();
        UUID hong = CohortFixtures.person("Thị Hồng", "Nguyễn " + s, "BJ");
        UUID ioana = CohortFixtures.person("Ioana", "Ștefănescu " + s, "BJ");
        CohortFixtures.enrol(cohort, ioana);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> imports.getEntityManager()
                .createNativeQuery("update person set email = ?1, phone = '+229 1' where id = ?2")
                .setParameter(1, "hong." + s + "@example.org").setParameter(2, hong).executeUpdate());

        // Hồng by her e-mail address (another spelling of her name), Ioana by her hidden id
        byte[] list = TestWorkbooks.written("Liste", List.of("Cadre person id", "Nom", "Prénom", "E-mail", "Téléphone"),
                List.of(List.of("", "Nguyen " + s, "Thi Hong", "HONG." + s + "@example.org", "+229 97 11 22 33"),
                        List.of(ioana.toString(), "Ștefănescu " + s, "Ioana", "ioana." + s + "@example.org", "")));
        String id = upload(cohort, list).statusCode(201)
                .body("counts.update", equalTo(2), "counts.create", equalTo(0), "rows[1].label",
                        equalTo("Ștefănescu " + s + " Ioana (ioana." + s + "@example.org)"))
                .extract().path("id");
        assertEquals("+229 1", contact(hong, "phone"), "a preview writes nothing");
        commit(id).statusCode(200).body("changed", equalTo(true));
        assertEquals("+229 97 11 22 33", contact(hong, "phone"));
        assertEquals("hong." + s + "@example.org", contact(hong, "email"), "the address matched; it is kept as it was");
        assertEquals("ioana." + s + "@example.org", contact(ioana, "email"));
        assertEquals(1, enrolments(cohort, hong));
        assertEquals(1, enrolments(cohort, ioana));

        upload(cohort, list).statusCode(201).body("counts.unchanged", equalTo(2), "counts.update", equalTo(0));
    }
}
