package org.cadre.web;

/** Text placed inside server-drawn SVG or HTML built in code (charts, QR codes), where Qute does not escape. */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes the five markup characters and replaces control characters (which XML does not allow) by a
     * space, keeping line feeds and tabs; null becomes the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
