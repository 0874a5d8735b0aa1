package org.cadre.assessment;

import java.util.List;

import static org.cadre.web.Markup.escape;

/**
 * Draws a profile as a server-side SVG bar chart: one horizontal bar per competency, length = level,
 * a dashed line at the lowest proficient level, the level written at the end of each bar. Black on
 * white with hatching for "not proficient" and outline only for "self-assessed only", so it stays
 * readable printed in black and white. No script; every text is escaped.
 */
public final class ProfileChart {

    private static final int LABEL = 110;
    private static final int ROW = 26;
    private static final int PLOT = 360;
    private static final int TOP = 30;

    private ProfileChart() {
    }

    public static String svg(Profile profile, String title, String description, String thresholdLabel) {
        List<Profile.Row> rows = profile.competencies();
        int maxLevel = profile.scale().stream().mapToInt(Profile.Step::position).max().orElse(1);
        int threshold = profile.scale().stream().filter(Profile.Step::proficient).mapToInt(Profile.Step::position)
                .min().orElse(maxLevel);
        int width = LABEL + PLOT + 50;
        int height = TOP + rows.size() * ROW + 30;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">");
        s.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        s.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
        s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2\"/></pattern></defs>");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#fff\"/>");
        // axis ticks: one per level of the scale
        for (int level = 0; level <= maxLevel; level++) {
            int x = LABEL + level * PLOT / maxLevel;
            s.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(TOP + rows.size() * ROW).append("\" stroke=\"#bbb\" stroke-width=\"0.5\"/>");
            s.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"middle\">")
                    .append(level).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            Profile.Row row = rows.get(i);
            int y = TOP + i * ROW;
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + ROW / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(escape(row.code())).append("</text>");
            if (row.level() != null) {
                int length = row.level() * PLOT / maxLevel;
                String fill = row.selfAssessedOnly() ? "#fff" : row.proficient() ? "#222" : "url(#hatch)";
                s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#000\"").append(row.selfAssessedOnly() ? " stroke-dasharray=\"3 2\"" : "")
                        .append("><title>").append(escape(row.code() + ": " + row.explanation())).append("</title></rect>");
                s.append("<text x=\"").append(LABEL + length + 4).append("\" y=\"").append(y + ROW / 2 + 4).append("\">")
                        .append(row.level()).append(row.proficient() ? " \u2713" : "").append("</text>");
            } else {
                s.append("<text x=\"").append(LABEL + 4).append("\" y=\"").append(y + ROW / 2 + 4)
                        .append("\" fill=\"#555\">\u2013</text>");
            }
        }
        int tx = LABEL + threshold * PLOT / maxLevel;
        s.append("<line x1=\"").append(tx).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(tx)
                .append("\" y2=\"").append(TOP + rows.size() * ROW + 4)
                .append("\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
        s.append("<text x=\"").append(tx).append("\" y=\"").append(TOP + rows.size() * ROW + 18)
                .append("\" text-anchor=\"middle\">").append(escape(thresholdLabel + " " + threshold)).append("</text>");
        s.append("</svg>");
        return s.toString();
    }
}
