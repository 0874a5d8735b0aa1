package org.cadre.report;

import org.cadre.web.Markup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The coverage heat map, drawn on the server as SVG: a row per competency, a column per country, each cell
 * shaded by the share of people who reached the chosen measure, with the percentage written in the cell
 * (readable without colour) and the full figures in its title. No script; every label is escaped.
 */
final class HeatMap {

    static final int LABEL = 150;
    static final int CELL_W = 84;
    static final int CELL_H = 34;
    static final int HEAD = 34;
    static final int LEGEND = 64;
    /** Five steps from pale to dark green; text turns white on the two darkest. */
    static final String[] SHADES = {"#eef6f0", "#c6e4cf", "#8fc9a3", "#4c9a6b", "#1f5f3a"};

    /** Words the picture needs, already in the user's language. */
    record Words(String label, String measure, String legendTitle, java.util.function.Function<Cell, String> cellTitle) {
    }

    /** One cell: country, competency, the count for the measure, the population, the share in whole percent. */
    record Cell(String country, String competency, long count, long population, long percent) {
    }

    private HeatMap() {
    }

    static ToLongFunction<ReportApi.CoverageRow> measure(String name) {
        return switch (name) {
            case "reached" -> ReportApi.CoverageRow::reached;
            case "assessed" -> ReportApi.CoverageRow::assessed;
            case "certified" -> ReportApi.CoverageRow::certified;
            default -> ReportApi.CoverageRow::proficient;
        };
    }

    static long percent(long part, long whole) {
        return whole <= 0 ? 0 : Math.round(100.0 * part / whole);
    }

    static int shade(long percent) {
        return (int) Math.min(4, percent / 20);
    }

    static String svg(List<ReportApi.CoverageRow> rows, String measureName, Words words) {
        ToLongFunction<ReportApi.CoverageRow> measure = measure(measureName);
        Set<String> countries = new LinkedHashSet<>();
        Set<String> competencies = new LinkedHashSet<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (ReportApi.CoverageRow r : rows) {
            countries.add(r.country());
            competencies.add(r.competency());
            long count = measure.applyAsLong(r);
            cells.put(r.country() + "|" + r.competency(),
                    new Cell(r.country(), r.competency(), count, r.population(), percent(count, r.population())));
        }
        List<String> cols = new ArrayList<>(countries);
        cols.sort(null);
        int width = LABEL + cols.size() * CELL_W + 8;
        width = Math.max(width, 5 * 62 + LABEL + 8);
        int height = HEAD + competencies.size() * CELL_H + LEGEND;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" role=\"img\" aria-label=\"")
                .append(Markup.escape(words.label())).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">")
                .append("<title>").append(Markup.escape(words.label())).append("</title>");
        for (int i = 0; i < cols.size(); i++) {
            int x = LABEL + i * CELL_W + CELL_W / 2;
            s.append("<text x=\"").append(x).append("\" y=\"").append(HEAD - 12)
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(Markup.escape(cols.get(i))).append("</text>");
        }
        int row = 0;
        for (String code : competencies) {
            int y = HEAD + row * CELL_H;
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + CELL_H / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(Markup.escape(code)).append("</text>");
            for (int i = 0; i < cols.size(); i++) {
                Cell c = cells.get(cols.get(i) + "|" + code);
                int x = LABEL + i * CELL_W;
                if (c == null) {
                    continue;
                }
                int shade = shade(c.percent());
                s.append("<g><title>").append(Markup.escape(words.cellTitle().apply(c))).append("</title>")
                        .append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"")
                        .append(CELL_W - 2).append("\" height=\"").append(CELL_H - 2).append("\" rx=\"3\" fill=\"")
                        .append(SHADES[shade]).append("\" stroke=\"#b9c2cc\" stroke-width=\"0.5\"/>")
                        .append("<text x=\"").append(x + CELL_W / 2).append("\" y=\"").append(y + CELL_H / 2 + 4)
                        .append("\" text-anchor=\"middle\" fill=\"").append(shade >= 3 ? "#fff" : "#1d2430").append("\">")
                        .append(c.percent()).append(" %</text></g>");
            }
            row++;
        }
        int ly = HEAD + competencies.size() * CELL_H + 22;
        s.append("<text x=\"").append(LABEL).append("\" y=\"").append(ly).append("\" fill=\"#5b6575\">")
                .append(Markup.escape(words.legendTitle())).append("</text>");
        for (int i = 0; i < SHADES.length; i++) {
            int x = LABEL + i * 62;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(ly + 8).append("\" width=\"60\" height=\"14\" fill=\"")
                    .append(SHADES[i]).append("\" stroke=\"#b9c2cc\" stroke-width=\"0.5\"/>")
                    .append("<text x=\"").append(x + 30).append("\" y=\"").append(ly + 36).append("\" text-anchor=\"middle\" ")
                    .append("font-size=\"11\" fill=\"#5b6575\">").append(String.format(Locale.ROOT, "%d–%d %%", i * 20,
                            i == 4 ? 100 : i * 20 + 19)).append("</text>");
        }
        return s.append("</svg>").toString();
    }
}
