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
            watermark(stamp, w, h);
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

        // competencies, in balanced columns, as large as they fit
        float top = h - 272;
        text(words.print_competencies(), 12, ACCENT, 60, top);
        competencies(doc.competencies(), top - 18, 150, 60, w - 60);

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

    /** Lays the lines out in 2 or 3 balanced columns at the largest size that fits; else one line each, then "+N". */
    private void competencies(List<CertificateDocument.Line> lines, float top, float bottom, float left, float right)
            throws IOException {
        float[][] candidates = {{2, 9.5f}, {2, 8.5f}, {2, 7.5f}, {3, 7.5f}, {3, 6.5f}, {3, 6f}};
        float gap = 24;
        for (float[] c : candidates) {
            int columns = (int) c[0];
            float size = c[1];
            float leading = size * 1.3f;
            float columnWidth = (right - left - gap * (columns - 1)) / columns;
            List<List<String>> wrapped = new ArrayList<>();
            for (CertificateDocument.Line line : lines) {
                wrapped.add(wrap(line.code() + "  " + line.title(), size, columnWidth));
            }
            int perColumn = (lines.size() + columns - 1) / columns;
            boolean fits = true;
            for (int col = 0; col < columns && fits; col++) {
                float height = 0;
                for (int i = col * perColumn; i < Math.min(lines.size(), (col + 1) * perColumn); i++) {
                    height += wrapped.get(i).size() * leading + leading * 0.35f;
                }
                fits = height <= top - bottom + leading;
            }
            if (fits) {
                for (int col = 0; col < columns; col++) {
                    float x = left + col * (columnWidth + gap);
                    float y = top;
                    for (int i = col * perColumn; i < Math.min(lines.size(), (col + 1) * perColumn); i++) {
                        for (String part : wrapped.get(i)) {
                            text(part, size, INK, x, y);
                            y -= leading;
                        }
                        y -= leading * 0.35f;
                    }
                }
                return;
            }
        }
        // long lists: one line per competency (cut with an ellipsis), in as few balanced columns as fit
        for (float size : new float[]{8.5f, 7.5f, 6.5f, 6f}) {
            float leading = size * 1.3f;
            int rows = (int) ((top - bottom) / leading) + 1;
            int columns = Math.max(1, (lines.size() + rows - 1) / rows);
            if (columns > 3 && size > 6f) {
                continue;
            }
            columns = Math.min(columns, 3);
            int perColumn = Math.min(rows, (lines.size() + columns - 1) / columns);
            float columnWidth = (right - left - gap * (columns - 1)) / columns;
            int capacity = perColumn * columns;
            int shown = lines.size() <= capacity ? lines.size() : capacity - 1;
            for (int i = 0; i < shown; i++) {
                CertificateDocument.Line line = lines.get(i);
                text(fit(line.code() + "  " + line.title(), size, columnWidth), size, INK,
                        left + (i / perColumn) * (columnWidth + gap), top - (i % perColumn) * leading);
            }
            if (shown < lines.size()) {
                text("+" + (lines.size() - shown), size, MUTED, left + (shown / perColumn) * (columnWidth + gap),
                        top - (shown % perColumn) * leading);
            }
            return;
        }
    }

    private String fit(String s, float size, float maxWidth) throws IOException {
        String safe = safe(s);
        if (width(safe, size) <= maxWidth) {
            return safe;
        }
        int end = safe.length();
        while (end > 1 && width(safe.substring(0, end) + "…", size) > maxWidth) {
            end--;
        }
        return safe.substring(0, end) + "…";
    }

    /** A large, faint, slanted word across the page ("Revoked", "Expired"). */
    private void watermark(String word, float w, float h) throws IOException {
        org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState faint =
                new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.13f);
        out.saveGraphicsState();
        out.setGraphicsStateParameters(faint);
        float size = 110;
        String safe = safe(word).toUpperCase(java.util.Locale.ROOT);
        float width = width(safe, size);
        double angle = Math.toRadians(20);
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(ALERT);
        float cx = w / 2 - (float) (Math.cos(angle) * width / 2);
        float cy = h / 2 - 40 - (float) (Math.sin(angle) * width / 2);
        out.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(angle, cx, cy));
        out.showText(safe);
        out.endText();
        out.restoreGraphicsState();
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
