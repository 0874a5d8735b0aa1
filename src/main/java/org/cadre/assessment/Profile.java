package org.cadre.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's competency profile for one framework version, with its explanations, roll-ups and history. */
public record Profile(PersonDirectory.PersonSummary person, UUID frameworkVersionId, String frameworkTitle,
                      List<Choice> versions, List<Step> scale, List<Row> competencies, List<Group> functions,
                      Group overall, List<HistoryEntry> history) {

    public record Choice(UUID id, String title) {
    }

    /** One level of the scale. */
    public record Step(int position, String code, String label, boolean proficient) {
    }

    /** One competency: its current value (or none) and why. */
    public record Row(UUID competencyId, String code, String statement, String function, Integer level,
                      String levelLabel, boolean proficient, boolean selfAssessedOnly, String explanation,
                      UUID basisRatingId, int evidenceCount) {
    }

    /** A roll-up: a function of the framework, or the whole framework. */
    public record Group(String code, String title, int competencies, int rated, int proficient,
                        double shareProficient, Double meanLevel) {
    }

    /** One rating, as it was recorded (nothing is overwritten; corrections point at what they replace). */
    public record HistoryEntry(UUID ratingId, String competencyCode, int level, String source, UUID sourceId,
                               String rater, Instant observedAt, Instant recordedAt, UUID supersedes,
                               boolean superseded, String note) {
    }
}
