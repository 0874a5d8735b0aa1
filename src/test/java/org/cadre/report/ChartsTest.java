package org.cadre.report;

import org.cadre.assessment.AssessmentApi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    private static final HeatMap.Words HEAT = new HeatMap.Words("Heat <map>", "proficient", "Share",
            c -> c.country() + " " + c.competency() + " " + c.count() + "/" + c.population());

    @Test
    void heatMapShadesByShareAndWritesTheNumbers() {
        String svg = HeatMap.svg(List.of(
                new ReportApi.CoverageRow("BJ", "A<1>", 10, 9, 8, 10, 0),
                new ReportApi.CoverageRow("MD", "A<1>", 4, 0, 1, 1, 0)), "proficient", HEAT);
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("role=\"img\" aria-label=\"Heat &lt;map&gt;\""));
        assertTrue(svg.contains("A&lt;1&gt;"));
        assertFalse(svg.contains("A<1>"));
        assertTrue(svg.contains("fill=\"" + HeatMap.SHADES[4] + "\""), "100 % is the darkest shade");
        assertTrue(svg.contains("fill=\"" + HeatMap.SHADES[1] + "\""), "25 % is the second shade");
        assertTrue(svg.contains(">100 %</text>") && svg.contains(">25 %</text>"), "the share is written in the cell");
        assertTrue(svg.contains("<title>BJ A&lt;1&gt; 10/10</title>"));
        assertEquals(0, HeatMap.shade(19));
        assertEquals(1, HeatMap.shade(20));
        assertEquals(4, HeatMap.shade(100));
    }

    @Test
    void trendScalesToARoundMaximumAndGivesEachPointATitle() {
        assertEquals(4, TrendChart.niceMax(0));
        assertEquals(8, TrendChart.niceMax(5));
        assertEquals(8, TrendChart.niceMax(7));
        assertEquals(20, TrendChart.niceMax(11));
        assertEquals(400, TrendChart.niceMax(230));
        assertEquals(0, TrendChart.niceMax(230) % 4, "four whole ticks");
        String svg = TrendChart.svg(List.of(new ReportApi.QuarterRow(LocalDate.of(2026, 1, 1), 5, 3, 2, 0),
                        new ReportApi.QuarterRow(LocalDate.of(2026, 4, 1), 7, 6, 4, 1)),
                new TrendChart.Words("Trend", q -> q.quarter().toString(), List.of("Reached", "Assessed", "Proficient", "Certified")));
        assertEquals(4, svg.split("<polyline").length - 1, "a line per measure");
        assertTrue(svg.contains("<title>2026-04-01 · Reached: 7</title>"));
        assertTrue(svg.contains("stroke-dasharray"), "lines differ by dash, not only by colour");
    }

    @Test
    void gainChartEscapesNamesAndDrawsPreAndPost() {
        AssessmentApi.TraineeGain t = new AssessmentApi.TraineeGain(UUID.randomUUID(), "<script>x</script>",
                new BigDecimal("40.00"), new BigDecimal("80.00"), new BigDecimal("40.00"), new BigDecimal("0.6667"));
        String svg = GainChart.svg(List.of(t), new BigDecimal("40"), new BigDecimal("80"),
                new GainChart.Words("Gains", "Pre", "Post", g -> g.name() + " " + g.gain()));
        assertFalse(svg.contains("<script"));
        assertTrue(svg.contains("&lt;script&gt;x&lt;/script&gt;"));
        assertTrue(svg.contains("cx=\"" + TrendChart.fmt(GainChart.LABEL + GainChart.PLOT * 0.4) + "\""), "pre at 40 %");
        assertTrue(svg.contains("cx=\"" + TrendChart.fmt(GainChart.LABEL + GainChart.PLOT * 0.8) + "\""), "post at 80 %");
        assertEquals("+40.0", GainChart.signed(new BigDecimal("40.00")));
        assertEquals("-2.5", GainChart.signed(new BigDecimal("-2.50")));
    }
}
