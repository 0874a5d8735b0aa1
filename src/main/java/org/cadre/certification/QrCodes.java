package org.cadre.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

import static org.cadre.web.Markup.escape;

/**
 * QR codes drawn by the server: the module matrix (for the PDF) and an SVG of it (for pages: one path,
 * no script, no style attribute, so it passes the strict CSP). Error correction M; the quiet zone of
 * four modules is part of the drawing.
 */
final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** Dark modules, [row][column], without quiet zone. */
    static boolean[][] modules(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y);
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text.length() + " characters", e);
        }
    }

    /**
     * An SVG whose path has one {@code M x y h n v1 h-n z} rectangle per run of dark modules in a row
     * (coordinates in modules, quiet zone included). {@code label} becomes its accessible name.
     */
    static String svg(String text, String label) {
        boolean[][] dark = modules(text);
        int size = dark.length + 2 * QUIET_ZONE;
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < dark.length; y++) {
            int x = 0;
            while (x < dark[y].length) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < dark[y].length && dark[y][x]) {
                    x++;
                }
                d.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + d + "\"/></svg>";
    }
}
