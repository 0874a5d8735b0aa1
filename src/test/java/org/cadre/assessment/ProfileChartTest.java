package org.cadre.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileChartTest {

    @Test
    void drawsOneBarPerRatedCompetencyWithTheThresholdAndEscapesText() {
        Profile p = new Profile(new PersonDirectory.PersonSummary(UUID.randomUUID(), "A <b>", "MD"), UUID.randomUUID(), "F",
                List.of(), List.of(new Profile.Step(1, "a", "one", false), new Profile.Step(2, "b", "two", false),
                new Profile.Step(3, "c", "three", true), new Profile.Step(4, "d", "four", true)),
                List.of(new Profile.Row(UUID.randomUUID(), "C<1>", "", "F1", 3, "three", true, false, "why & how", null, 1),
                        new Profile.Row(UUID.randomUUID(), "C2", "", "F1", null, null, false, false, "none", null, 0)),
                List.of(), null, List.of());
        String svg = ProfileChart.svg(p, "Chart of <x>", "desc \"q\"", "proficient from");
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("<title id=\"chart-title\">Chart of &lt;x&gt;</title>"));
        assertTrue(svg.contains("C&lt;1&gt;"));
        assertTrue(svg.contains("why &amp; how"));
        assertFalse(svg.contains("<x>"));
        // 4 levels over 360 px: level 3 → 270 px bar; threshold at 110 + 270
        assertTrue(svg.contains("width=\"270\""), svg);
        assertTrue(svg.contains("x1=\"380\" y1=\"26\" x2=\"380\""), svg);
        assertTrue(svg.contains("proficient from 3"));
        assertFalse(svg.contains("<script"));
    }
}
