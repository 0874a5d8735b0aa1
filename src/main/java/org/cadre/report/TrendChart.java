package org.cadre.report;

import org.cadre.web.Markup;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The quarterly trend, drawn on the server as SVG: a line per measure (reached, assessed, proficient,
 * certified), each with its own colour, dash pattern and marker shape so it reads without colour; every
 * point carries its figure in a title. No script; labels are escaped.
 */
final class TrendChart {

    static final int WIDTH = 680;
    static final int HEIGHT = 300;
    static final int LEFT = 52;
    static final int RIGHT = 44;
    static final int TOP = 16;
    static final int PLOT_H = 190;

    record Series(String name, String label, String colour, String dash, ToLongFunction<ReportApi.QuarterRow> value) {
    }

    /** Words the picture needs, already in the user's language. */
    record Words(String label, Function<ReportApi.QuarterRow, String> quarter, List<String> seriesLabels) {
    }

    private TrendChart() {
    }

    static List<Series> series(List<String> labels) {
        return List.of(
                new Series("reached", labels.get(0), "#2b6cb0", "", ReportApi.QuarterRow::reached),
                new Series("assessed", labels.get(1), "#b7791f", "6 3", ReportApi.QuarterRow::assessed),
                new Series("proficient", labels.get(2), "#1f5f3a", "2 3", ReportApi.QuarterRow::proficient),
                new Series("certified", labels.get(3), "#805ad5", "10 3 2 3", ReportApi.QuarterRow::certified));
    }

    /** The axis top: four equal round steps (1, 2, 5 × 10ⁿ each) that reach the maximum, so every tick is whole. */
    static long niceMax(long max) {
        long need = Math.max(1, (max + 3) / 4);
        long scale = 1;
        while (true) {
            for (long f : new long[]{1, 2, 5}) {
                if (f * scale >= need) {
                    return 4 * f * scale;
                }
            }
            scale *= 10;
        }
    }

    static String svg(List<ReportApi.QuarterRow> quarters, Words words) {
        List<Series> series = series(words.seriesLabels());
        long max = 0;
        for (ReportApi.QuarterRow q : quarters) {
            for (Series s : series) {
                max = Math.max(max, s.value().applyAsLong(q));
            }
        }
        long top = niceMax(max);
        int plotW = WIDTH - LEFT - RIGHT;
        int n = quarters.size();
        double stepX = n <= 1 ? 0 : (double) plotW / (n - 1);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" aria-label=\"")
                .append(Markup.escape(words.label())).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">")
                .append("<title>").append(Markup.escape(words.label())).append("</title>");
        // horizontal grid and axis labels: 0, ¼, ½, ¾, max
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_H - PLOT_H * i / 4.0;
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(i == 0 ? "#5b6575" : "#e2e6eb")
                    .append("\"/>").append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#5b6575\">").append(top * i / 4).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int i = 0; i < n; i++) {
            double x = x(i, n, stepX, plotW);
            if (i % every == 0 || i == n - 1) {
                s.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(TOP + PLOT_H + 18)
                        .append("\" text-anchor=\"middle\" fill=\"#5b6575\">")
                        .append(Markup.escape(words.quarter().apply(quarters.get(i)))).append("</text>");
            }
        }
        int k = 0;
        for (Series se : series) {
            StringBuilder points = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < n; i++) {
                long v = se.value().applyAsLong(quarters.get(i));
                double x = x(i, n, stepX, plotW);
                double y = TOP + PLOT_H - (double) PLOT_H * v / top;
                points.append(points.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                marks.append("<g><title>").append(Markup.escape(words.quarter().apply(quarters.get(i)) + " · " + se.label()
                        + ": " + v)).append("</title>").append(marker(k, x, y, se.colour())).append("</g>");
            }
            if (n > 1) {
                s.append("<polyline fill=\"none\" stroke=\"").append(se.colour()).append("\" stroke-width=\"2.5\"")
                        .append(se.dash().isEmpty() ? "" : " stroke-dasharray=\"" + se.dash() + "\"")
                        .append(" points=\"").append(points).append("\"/>");
            }
            s.append(marks);
            k++;
        }
        // legend, two per line on narrow layouts is left to the viewBox scaling: one row of four
        int ly = TOP + PLOT_H + 50;
        for (int i = 0; i < series.size(); i++) {
            Series se = series.get(i);
            int x = LEFT + i * ((WIDTH - LEFT) / 4);
            s.append("<line x1=\"").append(x).append("\" x2=\"").append(x + 28).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke=\"").append(se.colour()).append("\" stroke-width=\"2.5\"")
                    .append(se.dash().isEmpty() ? "" : " stroke-dasharray=\"" + se.dash() + "\"").append("/>")
                    .append(marker(i, x + 14, ly, se.colour()))
                    .append("<text x=\"").append(x + 34).append("\" y=\"").append(ly + 4).append("\">")
                    .append(Markup.escape(se.label())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static double x(int i, int n, double stepX, int plotW) {
        return n <= 1 ? LEFT + plotW / 2.0 : LEFT + i * stepX;
    }

    /** Circle, square, diamond, triangle: a shape per series. */
    private static String marker(int kind, double x, double y, String colour) {
        return switch (kind) {
            case 0 -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"4.5\" fill=\"" + colour + "\"/>";
            case 1 -> "<rect x=\"" + fmt(x - 4) + "\" y=\"" + fmt(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>";
            case 2 -> "<path d=\"M" + fmt(x) + " " + fmt(y - 5.5) + " L" + fmt(x + 5.5) + " " + fmt(y) + " L" + fmt(x) + " "
                    + fmt(y + 5.5) + " L" + fmt(x - 5.5) + " " + fmt(y) + " Z\" fill=\"" + colour + "\"/>";
            default -> "<path d=\"M" + fmt(x) + " " + fmt(y - 5.5) + " L" + fmt(x + 5.5) + " " + fmt(y + 4.5) + " L"
                    + fmt(x - 5.5) + " " + fmt(y + 4.5) + " Z\" fill=\"" + colour + "\"/>";
        };
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
