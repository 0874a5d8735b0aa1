package org.cadre.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadre.testsupport.CertificationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printable certificate page and its PDF: the holder's language (cohort language, saved choice,
 * ?lang=), localized dates and competency titles with English fallback, escaping of hostile names,
 * the QR code leading to the public check, revoked status, the access log, and who may read it.
 */
@QuarkusTest
class PrintableCertificateTest {

    private static final String BJ = "[\"BJ\"]";

    CertificateData d;

    @BeforeEach
    void data() {
        d = new CertificateData("fr");
    }

    private String page(String query) {
        return given().when().get("/certificates/" + d.certificate + query).then().statusCode(200).extract().asString();
    }

    private static String date(String lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))
                .format(CertificateData.ISSUED);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void printsInTheCohortsLanguageUnlessAnotherIsAsked() throws Exception {
        String fr = page("");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "certificates"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "certificates", "printable-fr.html"), fr); // to look at
        assertTrue(fr.contains("lang=\"fr\"") && fr.contains("Certificat de compétences"), fr);
        assertTrue(fr.contains("14 mars 2026") && fr.contains(date("fr")), fr);
        assertTrue(fr.contains("Mène un entretien d’accueil") && fr.contains("Rédige un plan d’intervention"), fr);
        assertTrue(fr.contains("Does " + d.codes.get(2) + " well"), "English where no French text exists: " + fr);

        String ro = page("?lang=ro");
        assertTrue(ro.contains("Certificat de competență") && ro.contains("14 martie 2026"), ro);
        assertTrue(ro.contains("Conduce interviul de primire și evaluarea inițială"), ro);
        assertTrue(ro.contains("Does " + d.codes.get(1) + " well"), "English fallback for the untranslated one: " + ro);

        String en = page("?lang=en");
        assertTrue(en.contains("Certificate of competence") && en.contains("March 14, 2026") && en.contains("Valid until"), en);
        assertTrue(en.contains("March 14, 2028"), en);
        assertTrue(page("?lang=xx").contains("Certificat de compétences"), "unsupported language: the holder's");
        // print CSS: no inline style or script, and the page tells how to print
        assertFalse(fr.contains("style=") || fr.contains("<script"), "no inline style or script");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void prefersTheHoldersSavedLanguageOverTheCohorts() {
        CertificationFixtures.update("update person set keycloak_subject = ?1 where id = ?2", "sub-" + d.holder, d.holder);
        CertificationFixtures.update("""
                insert into user_preference (subject, locale, updated_at) values (?1, 'ro', now())
                on conflict (subject) do update set locale = 'ro'""", "sub-" + d.holder);
        assertTrue(page("").contains("Certificat de competență"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void rendersAHostileNameAsText() {
        String html = page("?lang=en");
        assertFalse(html.contains("<script>alert(1)</script>"), html);
        assertTrue(html.contains("Ștefana &lt;script&gt;alert(1)&lt;/script&gt; Țăranu-Îâncu"), html);
        String register = given().when().get("/certificates/cohorts/" + d.cohort).then().statusCode(200).extract().asString();
        assertFalse(register.contains("<script>alert(1)</script>"), register);
        assertTrue(register.contains(d.number) && register.contains("href=\"/certificates/" + d.certificate + "\""), register);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void qrCodeOnThePageOpensThePublicCheck() {
        String html = page("");
        Matcher link = Pattern.compile("id=\"verify-url\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(link.find(), html);
        String url = link.group(1);
        assertTrue(url.matches("https?://[^/]+/verify/" + Pattern.quote(d.code)), url);
        assertEquals(url, decodeSvg(html));
        // and the URL works without login
        given().header("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + ".7").when()
                .get(url.replaceFirst("https?://[^/]+", "")).then().statusCode(200).body(containsString("data-status=\"active\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void pdfCarriesNameNumberDiacriticsAndADecodableQrCode() throws Exception {
        byte[] bytes = given().when().get("/certificates/" + d.certificate + "/certificate.pdf?lang=ro").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString(d.number + ".pdf"))
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(), "landscape");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Ștefana <script>alert(1)</script> Țăranu-Îâncu"), text);
            assertTrue(text.contains(d.number), text);
            assertTrue(text.contains("Certificat de competență") && text.contains("14 martie 2026"), text);
            assertTrue(text.contains("Conduce interviul de primire și evaluarea inițială"), text);
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            BufferedImage corner = image.getSubimage(w * 3 / 4, h * 2 / 3, w / 4, h / 3);
            String decoded = decode(corner);
            assertTrue(decoded.matches("https?://[^/]+/verify/" + Pattern.quote(d.code)), decoded);
        }
        String fr = new PDFTextStripper().getText(Loader.loadPDF(given().when()
                .get("/certificates/" + d.certificate + "/certificate.pdf").then().statusCode(200).extract().asByteArray()));
        assertTrue(fr.contains("Certificat de compétences") && fr.contains("14 mars 2026"), fr);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aRevokedCertificateSaysSoOnThePageAndInThePdf() throws Exception {
        CertificationFixtures.update("update certificate set revoked_at = now(), revoked_by = 'test', revoked_reason = 'forged' where id = ?1",
                d.certificate);
        String html = page("?lang=en");
        assertTrue(html.contains("data-status=\"revoked\"") && html.contains("This certificate was revoked"), html);
        String text = new PDFTextStripper().getText(Loader.loadPDF(given().when()
                .get("/certificates/" + d.certificate + "/certificate.pdf?lang=en").then().statusCode(200).extract().asByteArray()));
        assertTrue(text.contains("Revoked"), text);
    }

    @Test
    void theVerificationPageWritesDatesInTheVisitorsLanguage() {
        String ro = given().cookie("cadre-lang", "ro").header("X-Forwarded-For", "10.8." + (int) (Math.random() * 250) + ".9")
                .when().get("/verify/" + d.code).then().statusCode(200).extract().asString();
        assertTrue(ro.contains("14 martie 2026") && ro.contains("14 martie 2028"), ro);
        String fr = given().cookie("cadre-lang", "fr").header("X-Forwarded-For", "10.8." + (int) (Math.random() * 250) + ".10")
                .when().get("/verify/" + d.code).then().statusCode(200).extract().asString();
        assertTrue(fr.contains("14 mars 2026"), fr);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anExpiredCertificateSaysSoOnThePageAndInTheBadge() {
        CertificationFixtures.update("update certificate set issued_on = ?1, expires_on = ?2 where id = ?3",
                java.time.LocalDate.of(2023, 1, 10), java.time.LocalDate.of(2025, 1, 10), d.certificate);
        String html = page("?lang=en");
        assertTrue(html.contains("data-status=\"expired\"") && html.contains("This certificate has expired."), html);
        given().when().get("/api/v1/certificates/" + d.certificate + "/badge").then().statusCode(200)
                .body("credentialStatus.status", org.hamcrest.Matchers.equalTo("expired"))
                .body("validUntil", org.hamcrest.Matchers.equalTo("2025-01-10T23:59:59Z"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void readingIsLogged() {
        page("");
        Number n = (Number) CertificationFixtures.value("""
                select count(*) from access_log where subject_type = 'certificate' and subject_id = ?1
                   and action = 'read' and actor = 'admin' and detail like 'printable certificate%'""", d.certificate.toString());
        assertTrue(n.longValue() >= 1);
    }

    @Test
    @TestSecurity(user = CertificateData.HOLDER_USER, roles = "trainee")
    void theHolderReadsTheirOwnCertificateButNoOneElses() {
        page("");
        given().when().get("/certificates/" + d.certificate + "/certificate.pdf").then().statusCode(200);
        given().when().get("/certificates/" + d.otherCertificate).then().statusCode(404);
        given().when().get("/certificates/" + d.otherCertificate + "/certificate.pdf").then().statusCode(404);
        given().when().get("/certificates/" + UUID.randomUUID()).then().statusCode(404);
        given().redirects().follow(false).when().get("/certificates/mine").then().statusCode(303)
                .header("Location", containsString("/certificates/people/" + d.holder));
        String mine = given().when().get("/certificates/people/" + d.holder).then().statusCode(200).extract().asString();
        assertTrue(mine.contains(d.number), mine);
        given().when().get("/certificates/cohorts/" + d.cohort).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mt.benin", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void theCohortsTrainerReadsIt() {
        page("");
        given().when().get("/certificates/" + d.otherCertificate + "/certificate.pdf").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mt.nobody", roles = "master-trainer")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void anotherTrainerGets404() {
        given().when().get("/certificates/" + d.certificate).then().statusCode(404);
        given().when().get("/certificates/" + d.certificate + "/certificate.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pm.benin", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = BJ, type = ClaimType.JSON_ARRAY))
    void aManagerOfTheCountryReadsIt() {
        page("");
    }

    @Test
    @TestSecurity(user = "pm.vietnam", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void aManagerOfAnotherCountryGets404() {
        given().when().get("/certificates/" + d.certificate).then().statusCode(404);
        String list = given().when().get("/certificates/people/" + d.holder).then().statusCode(200).extract().asString();
        assertFalse(list.contains(d.number), list);
    }

    @Test
    @TestSecurity(user = "mentor.moldova", roles = "mentor")
    void aMentorMayNotReadCertificates() {
        given().when().get("/certificates/" + d.certificate).then().statusCode(403);
    }

    /** The QR code's SVG path (one rectangle per run of dark modules) back to pixels, then decoded. */
    static String decodeSvg(String html) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\" role=\"img\"").matcher(html);
        assertTrue(box.find(), html);
        int size = Integer.parseInt(box.group(1));
        Matcher path = Pattern.compile("<path fill=\"#000\" d=\"([^\"]+)\"").matcher(html);
        assertTrue(path.find(), html);
        int scale = 6;
        BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xffffff);
            }
        }
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(path.group(1));
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int len = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + len) * scale; x++) {
                    image.setRGB(x, y, 0);
                }
            }
        }
        assertTrue(runs > 20, "runs: " + runs);
        return decode(image);
    }

    static String decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no QR code found", e);
        }
    }
}
