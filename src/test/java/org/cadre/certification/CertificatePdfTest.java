package org.cadre.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF drawing alone (no application): a long list of competencies stays on one page, characters
 * the embedded font lacks print as "?", and a revoked certificate carries the stamp. The pages are
 * also written to target/certificates/ to look at.
 */
class CertificatePdfTest {

    /** The bundle's words for a language, read straight from messages/cert_<lang>.properties. */
    static CertificationMessages words(String lang) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(CertificatePdfTest.class.getResourceAsStream("/messages/cert_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return (CertificationMessages) Proxy.newProxyInstance(CertificationMessages.class.getClassLoader(),
                new Class<?>[]{CertificationMessages.class}, (proxy, method, args) -> p.getProperty(method.getName()));
    }

    static CertificateDocument document(String lang, String name, int competencies, Instant revokedAt) {
        List<CertificateDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= competencies; i++) {
            lines.add(new CertificateDocument.Line(UUID.randomUUID(), "PSW-" + (1 + i / 5) + "." + (i % 5 + 1),
                    "Plans and reviews a family reintegration case with the child, the family and the community partners, step " + i));
        }
        return new CertificateDocument(UUID.randomUUID(), Locale.forLanguageTag(lang), name,
                "Case management for para social workers — northern region", UUID.randomUUID(), "PSW",
                "Para Social Worker competency framework", "1.0", lines, "MD-2026-000017", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23",
                LocalDate.of(2026, 5, 12), LocalDate.of(2028, 5, 12), revokedAt == null ? "active" : "revoked", revokedAt,
                "Cadre", "https://cadre.example.org");
    }

    private static String render(CertificateDocument doc, String lang, String file) throws Exception {
        byte[] bytes = CertificatePdf.render(doc, words(lang));
        Path dir = Path.of("target", "certificates");
        Files.createDirectories(dir);
        Files.write(dir.resolve(file), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            String decoded = PrintableCertificateTest.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB));
            assertEquals(doc.verifyUrl(), decoded);
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aLongListStaysOnOnePageWithItsQrCode() throws Exception {
        String text = render(document("ro", "Ion Ștefănescu-Țurcanu", 28, null), "ro", "long-ro.pdf");
        assertTrue(text.contains("Ion Ștefănescu-Țurcanu") && text.contains("12 mai 2026") && text.contains("PSW-1.2"), text);
    }

    @Test
    void aVeryLongListShowsWhatFitsAndCountsTheRest() throws Exception {
        String text = render(document("en", "Maria Ciobanu", 120, null), "en", "very-long-en.pdf");
        assertTrue(text.matches("(?s).*\\+\\d+.*") && text.contains("PSW-1.2"), text);
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarks() throws Exception {
        String text = render(document("en", "Nguyễn Thị 明 Lan", 3, null), "en", "missing-glyph-en.pdf");
        assertTrue(text.contains("Nguyễn Thị ? Lan"), text);
    }

    @Test
    void aRevokedCertificateCarriesTheStamp() throws Exception {
        String text = render(document("fr", "Aïcha Hounkpè", 6, Instant.parse("2026-09-01T10:00:00Z")), "fr", "revoked-fr.pdf");
        assertTrue(text.contains("Révoqué") && text.contains("12 mai 2026"), text);
    }
}
