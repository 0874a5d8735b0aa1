package org.cadre.report;

import static org.cadre.web.Markup.escape;

/**
 * One row's bar, drawn on the server as SVG: the population split into proficient (solid), assessed
 * but not yet proficient (hatched) and not yet rated (outline). No script; the label is escaped.
 */
final class GapBar {

    static final int WIDTH = 160;
    static final int HEIGHT = 16;

    private GapBar() {
    }

    static String svg(String label, long population, long assessed, long proficient) {
        int solid = scaled(proficient, population);
        int hatched = scaled(assessed, population) - solid;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gap-bar\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\"><title>").append(escape(label)).append("</title>")
                .append("<defs><pattern id=\"gap-hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#555\" stroke-width=\"2\"/></pattern></defs>")
                .append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(HEIGHT - 1)
                .append("\" fill=\"#fff\" stroke=\"#000\"/>");
        if (hatched > 0) {
            s.append("<rect x=\"").append(solid).append("\" y=\"0\" width=\"").append(hatched).append("\" height=\"")
                    .append(HEIGHT).append("\" fill=\"url(#gap-hatch)\"/>");
        }
        if (solid > 0) {
            s.append("<rect x=\"0\" y=\"0\" width=\"").append(solid).append("\" height=\"").append(HEIGHT)
                    .append("\" fill=\"#1f5f3a\"/>");
        }
        return s.append("</svg>").toString();
    }

    private static int scaled(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.round((double) part * WIDTH / whole);
    }
}
