package org.cadre.certification;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as one A4 landscape PDF page, drawn with PDFBox. The font (Liberation Sans, shipped
 * inside the PDFBox jar) is embedded, so accents and Romanian letters print on machines without system
 * fonts; characters the font lacks become "?". The QR code is vector drawing (one square per module).
 */
final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Color INK = new Color(0x1f, 0x2f, 0x3f);
    private static final Color ACCENT = new Color(0x2a, 0x5d, 0x8f);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6a);
    private static final Color ALERT = new Color(0xa8, 0x1c, 0x1c);

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream out;

    private CertificatePdf(PDType0Font font) {
        this.font = font;
    }

    static byte[] render(CertificateDocument doc, CertificationMessages words) {
        try (PDDocument pdf = new PDDocument(); InputStream ttf = CertificatePdf.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IllegalStateException("Font missing from the class path: " + FONT);
            }
            CertificatePdf drawing = new CertificatePdf(PDType0Font.load(pdf, ttf));
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(words.print_title() + " " + doc.number());
            info.setAuthor(doc.issuer());
            pdf.getDocumentCatalog().setLanguage(doc.language());
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                drawing.out = out;
                drawing.draw(doc, words, a4Landscape.getWidth(), a4Landscape.getHeight());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(CertificateDocument doc, CertificationMessages words, float w, float h) throws IOException {
        // double frame
        out.setStrokingColor(ACCENT);
        out.setLineWidth(3f);
        out.addRect(18, 18, w - 36, h - 36);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(25, 25, w - 50, h - 50);
        out.stroke();

        float center = w / 2;
        centered(doc.issuer(), 12, MUTED, center, h - 62, w - 120);
        centered(words.print_title(), 30, ACCENT, center, h - 100, w - 120);
        centered(words.print_certifies(), 13, INK, center, h - 132, w - 120);
        float nameWidth = Math.max(300, centered(doc.name(), 26, INK, center, h - 166, w - 120) + 40);
        out.setStrokingColor(MUTED);
        out.setLineWidth(0.5f);
        out.moveTo(center - nameWidth / 2, h - 174);
        out.lineTo(center + nameWidth / 2, h - 174);
        out.stroke();
        centered(words.print_completed(), 13, INK, center, h - 198, w - 120);
        centered(doc.programme(), 18, INK, center, h - 222, w - 120);
        centered(words.print_framework() + ": " + doc.frameworkTitle() + " · " + words.print_version() + " "
                + doc.frameworkVersion(), 10.5f, MUTED, center, h - 241, w - 120);

        if (doc.revoked() || doc.expired()) {
            String stamp = doc.revoked() ? words.print_revoked() : words.print_expired();
            float size = 13;
            float width = width(stamp, size);
            float x = w - 60 - width;
            float y = h - 66;
            out.setStrokingColor(ALERT);
            out.setLineWidth(1.5f);
            out.addRect(x - 8, y - 6, width + 16, size + 12);
            out.stroke();
            text(stamp, size, ALERT, x, y);
        }

        // competencies, in two columns
        float top = h - 272;
        text(words.print_competencies(), 12, ACCENT, 60, top);
        float columnWidth = (w - 120 - 30) / 2;
        float size = doc.competencies().size() > 16 ? 8f : 9.5f;
        float leading = size * 1.3f;
        float bottom = 150;
        float x = 60;
        float y = top - 18;
        boolean secondColumn = false;
        outer:
        for (CertificateDocument.Line line : doc.competencies()) {
            List<String> wrapped = wrap(line.code() + "  " + line.title(), size, columnWidth);
            if (y - leading * (wrapped.size() - 1) < bottom) {
                if (secondColumn) {
                    text("…", size, MUTED, x, y);
                    break;
                }
                secondColumn = true;
                x = 60 + columnWidth + 30;
                y = top - 18;
            }
            for (String part : wrapped) {
                if (y < bottom) {
                    break outer;
                }
                text(part, size, INK, x, y);
                y -= leading;
            }
            y -= leading * 0.35f;
        }

        // facts, bottom left
        float factsTop = 118;
        String[][] facts = {
                {words.print_number(), doc.number()},
                {words.print_issuedOn(), doc.issuedOnText()},
                {words.print_validUntil(), doc.expiresOnText()},
                {words.print_status(), status(doc, words)},
        };
        float labelWidth = 0;
        for (String[] f : facts) {
            labelWidth = Math.max(labelWidth, width(f[0], 10));
        }
        for (int i = 0; i < facts.length; i++) {
            float fy = factsTop - i * 17;
            text(facts[i][0], 10, MUTED, 60, fy);
            text(facts[i][1], 11, i == 3 && (doc.revoked() || doc.expired()) ? ALERT : INK, 60 + labelWidth + 12, fy);
        }

        // QR code and where it leads, bottom right
        float qrSize = 104;
        float qrX = w - 60 - qrSize;
        float qrY = 44;
        qr(doc.verifyUrl(), qrX, qrY, qrSize);
        float captionRight = qrX - 12;
        String caption = words.print_verifyAt();
        text(caption, 9, MUTED, captionRight - width(caption, 9), qrY + 22);
        String url = doc.verifyUrl();
        float urlSize = width(url, 8) > 330 ? 6.5f : 8f;
        text(url, urlSize, INK, captionRight - width(url, urlSize), qrY + 10);
    }

    private static String status(CertificateDocument doc, CertificationMessages words) {
        return switch (doc.status()) {
            case Certificate.REVOKED -> words.status_revoked();
            case Certificate.EXPIRED -> words.status_expired();
            default -> words.status_active();
        };
    }

    private void qr(String content, float x, float y, float size) throws IOException {
        boolean[][] dark = QrCodes.modules(content);
        int n = dark.length;
        float module = size / n;
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                if (dark[row][col]) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** Draws the line centred, shrinking it to fit; answers its width. */
    private float centered(String s, float size, Color color, float center, float y, float maxWidth) throws IOException {
        String safe = safe(s);
        float actual = size;
        while (width(safe, actual) > maxWidth && actual > 7) {
            actual -= 0.5f;
        }
        float width = width(safe, actual);
        text(safe, actual, color, center - width / 2, y);
        return width;
    }

    private void text(String s, float size, Color color, float x, float y) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, y);
        out.showText(safe(s));
        out.endText();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(safe(s)) / 1000f * size;
    }

    private List<String> wrap(String s, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(s).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append("   ").append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Text the font can draw: controls become spaces, characters without a glyph become "?". */
    private String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
