package org.cadre.assessment;

import org.cadre.assessment.ProficiencyPolicy.Evidence;
import org.cadre.assessment.ProficiencyPolicy.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProficiencyPolicyTest {

    /** A four-level scale where 3 and 4 are proficient. */
    private final ProficiencyPolicy policy = new ProficiencyPolicy(List.of(3, 4));

    private static Instant day(int d) {
        return Instant.parse("2026-05-01T09:00:00Z").plusSeconds(86_400L * d);
    }

    private static Evidence ev(String code, int level, Source source, int day) {
        return new Evidence(code, level, source, "rater", day(day), source + " on day " + day);
    }

    @Test
    void mostRecentAssessorRatingCounts() {
        var value = policy.valueOf("PSW-2.3", List.of(
                ev("PSW-2.3", 2, Source.VISIT, 1),
                ev("PSW-2.3", 3, Source.VISIT, 10),
                ev("PSW-2.3", 4, Source.PRACTICAL, 5))).orElseThrow();
        assertEquals(3, value.level());
        assertTrue(value.proficient());
        assertEquals(day(10), value.basis().observedAt());
        assertEquals(3, value.evidenceCount());
    }

    @Test
    void laterLowerRatingSupersedesAnEarlierHigherOne() {
        var value = policy.valueOf("C1", List.of(ev("C1", 4, Source.PRACTICAL, 1), ev("C1", 2, Source.VISIT, 2)))
                .orElseThrow();
        assertEquals(2, value.level());
        assertFalse(value.proficient());
    }

    @Test
    void assessorOutranksANewerSelfAssessment() {
        var value = policy.valueOf("C1", List.of(ev("C1", 2, Source.VISIT, 1), ev("C1", 4, Source.SELF, 9)))
                .orElseThrow();
        assertEquals(2, value.level());
        assertFalse(value.selfAssessedOnly());
    }

    @Test
    void selfAssessmentAloneIsShownButNeverProficient() {
        var value = policy.valueOf("C1", List.of(ev("C1", 4, Source.SELF, 1))).orElseThrow();
        assertEquals(4, value.level());
        assertTrue(value.selfAssessedOnly());
        assertFalse(value.proficient());
    }

    @Test
    void tiesGoToTheMoreDirectEvidenceThenToTheLowerLevel() {
        assertEquals(4, policy.valueOf("C1", List.of(ev("C1", 2, Source.IMPORT, 3), ev("C1", 4, Source.PRACTICAL, 3)))
                .orElseThrow().level());
        assertEquals(2, policy.valueOf("C1", List.of(ev("C1", 4, Source.VISIT, 3), ev("C1", 2, Source.OBSERVATION, 3)))
                .orElseThrow().level());
    }

    @Test
    void noEvidenceMeansNoValue() {
        assertTrue(policy.valueOf("C9", List.of(ev("C1", 3, Source.VISIT, 1))).isEmpty());
    }

    @Test
    void rollUpCountsUnratedCompetenciesAsGaps() {
        var profile = policy.profile(List.of(
                ev("A1", 3, Source.VISIT, 1), ev("A2", 1, Source.VISIT, 1), ev("B1", 4, Source.SELF, 1)));
        var groups = Map.of("A", List.of("A1", "A2", "A3"), "B", List.of("B1"));
        var rollUps = policy.rollUp(profile, groups);
        var a = rollUps.stream().filter(r -> r.group().equals("A")).findFirst().orElseThrow();
        assertEquals(3, a.competencies());
        assertEquals(2, a.rated());
        assertEquals(1, a.proficient());
        assertEquals(1.0 / 3, a.shareProficient(), 1e-9);
        assertEquals(2.0, a.meanLevel(), 1e-9);
        var b = rollUps.stream().filter(r -> r.group().equals("B")).findFirst().orElseThrow();
        assertEquals(0, b.rated(), "self-assessment does not count as rated");
        assertNull(b.meanLevel());
        var all = policy.overall(profile, groups);
        assertEquals(4, all.competencies());
        assertEquals(0.25, all.shareProficient(), 1e-9);
    }

    @Test
    void aScaleWithoutProficientLevelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProficiencyPolicy(List.of()));
    }
}
