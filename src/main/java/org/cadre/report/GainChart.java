package org.cadre.report;

import org.cadre.web.Markup;
import org.cadre.assessment.AssessmentApi;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Pre- and post-test per trainee, drawn on the server as SVG: a row per trainee with a hollow circle at the
 * pre-test, a filled circle at the post-test and a line between (0–100 %), and the cohort means as dashed
 * lines. Names come from users: always escaped. No script.
 */
final class GainChart {

    static final int LABEL = 190;
    static final int PLOT = 400;
    static final int RIGHT = 60;
    static final int ROW = 30;
    static final int TOP = 30;
    static final int MAX_NAME = 26;

    /** Words the picture needs, already in the user's language. */
    record Words(String label, String pre, String post, Function<AssessmentApi.TraineeGain, String> rowTitle) {
    }

    private GainChart() {
    }

    static String svg(List<AssessmentApi.TraineeGain> trainees, BigDecimal meanPre, BigDecimal meanPost, Words words) {
        int width = LABEL + PLOT + RIGHT;
        int height = TOP + trainees.size() * ROW + 46;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gain-chart\" role=\"img\" aria-label=\"")
                .append(Markup.escape(words.label())).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">")
                .append("<title>").append(Markup.escape(words.label())).append("</title>");
        int bottom = TOP + trainees.size() * ROW;
        for (int p = 0; p <= 100; p += 25) {
            double x = x(BigDecimal.valueOf(p));
            s.append("<line x1=\"").append(TrendChart.fmt(x)).append("\" x2=\"").append(TrendChart.fmt(x))
                    .append("\" y1=\"").append(TOP - 6).append("\" y2=\"").append(bottom).append("\" stroke=\"#e2e6eb\"/>")
                    .append("<text x=\"").append(TrendChart.fmt(x)).append("\" y=\"").append(TOP - 12)
                    .append("\" text-anchor=\"middle\" fill=\"#5b6575\">").append(p).append(" %</text>");
        }
        for (int i = 0; i < trainees.size(); i++) {
            AssessmentApi.TraineeGain t = trainees.get(i);
            double y = TOP + i * ROW + ROW / 2.0;
            double pre = x(t.prePercent());
            double post = x(t.postPercent());
            String name = t.name() == null ? "" : t.name();
            if (name.length() > MAX_NAME) {
                name = name.substring(0, MAX_NAME - 1) + "…";
            }
            s.append("<g><title>").append(Markup.escape(words.rowTitle().apply(t))).append("</title>")
                    .append("<text x=\"").append(LABEL - 10).append("\" y=\"").append(TrendChart.fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Markup.escape(name)).append("</text>")
                    .append("<line x1=\"").append(TrendChart.fmt(pre)).append("\" x2=\"").append(TrendChart.fmt(post))
                    .append("\" y1=\"").append(TrendChart.fmt(y)).append("\" y2=\"").append(TrendChart.fmt(y))
                    .append("\" stroke=\"").append(post >= pre ? "#4c9a6b" : "#c05621").append("\" stroke-width=\"3\"/>")
                    .append("<circle cx=\"").append(TrendChart.fmt(pre)).append("\" cy=\"").append(TrendChart.fmt(y))
                    .append("\" r=\"5\" fill=\"#fff\" stroke=\"#1d2430\" stroke-width=\"1.5\"/>")
                    .append("<circle cx=\"").append(TrendChart.fmt(post)).append("\" cy=\"").append(TrendChart.fmt(y))
                    .append("\" r=\"5\" fill=\"#1f5f3a\"/>")
                    .append("<text x=\"").append(LABEL + PLOT + 10).append("\" y=\"").append(TrendChart.fmt(y + 4))
                    .append("\" fill=\"#5b6575\">").append(signed(t.gain())).append("</text></g>");
        }
        if (meanPre != null && meanPost != null) {
            for (BigDecimal mean : List.of(meanPre, meanPost)) {
                s.append("<line x1=\"").append(TrendChart.fmt(x(mean))).append("\" x2=\"").append(TrendChart.fmt(x(mean)))
                        .append("\" y1=\"").append(TOP - 6).append("\" y2=\"").append(bottom)
                        .append("\" stroke=\"#5b6575\" stroke-dasharray=\"4 3\"/>");
            }
        }
        int ly = bottom + 26;
        s.append("<circle cx=\"").append(LABEL + 6).append("\" cy=\"").append(ly)
                .append("\" r=\"5\" fill=\"#fff\" stroke=\"#1d2430\" stroke-width=\"1.5\"/>")
                .append("<text x=\"").append(LABEL + 16).append("\" y=\"").append(ly + 4).append("\">")
                .append(Markup.escape(words.pre())).append("</text>")
                .append("<circle cx=\"").append(LABEL + 166).append("\" cy=\"").append(ly).append("\" r=\"5\" fill=\"#1f5f3a\"/>")
                .append("<text x=\"").append(LABEL + 176).append("\" y=\"").append(ly + 4).append("\">")
                .append(Markup.escape(words.post())).append("</text>");
        return s.append("</svg>").toString();
    }

    private static double x(BigDecimal percent) {
        double p = percent == null ? 0 : Math.max(0, Math.min(100, percent.doubleValue()));
        return LABEL + PLOT * p / 100.0;
    }

    static String signed(BigDecimal gain) {
        if (gain == null) {
            return "";
        }
        BigDecimal g = gain.setScale(1, java.math.RoundingMode.HALF_UP);
        return (g.signum() > 0 ? "+" : "") + g.toPlainString();
    }
}
