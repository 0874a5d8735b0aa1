package org.cadre.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of the assessment and profile API. */
public final class AssessmentApi {

    private AssessmentApi() {
    }

    /**
     * An assessment of one person in a cohort: a knowledge test (pre-test / post-test: score out of
     * maxScore) or a practical, observation or self-assessment (ratings: a level per competency).
     */
    public record AssessmentRequest(
            @NotNull @Pattern(regexp = "pre-test|post-test|practical|observation|self") String kind,
            @NotNull UUID personId,
            @NotNull UUID cohortId,
            @NotNull LocalDate assessedOn,
            BigDecimal score,
            BigDecimal maxScore,
            List<@Valid RatingInput> ratings) {
    }

    /** Ratings scored elsewhere (e.g. on a paper or spreadsheet sheet) for trainees of one cohort. */
    public record ImportRequest(@NotNull UUID cohortId, @NotNull LocalDate observedOn,
                                @NotNull @jakarta.validation.constraints.NotEmpty List<@Valid ImportedRating> ratings) {
    }

    public record ImportedRating(@NotNull UUID personId, @NotNull UUID competencyId, @NotNull Integer level,
                                 @Size(max = 2000) String note) {
    }

    /** One import: its id (the ratings' source id) and the ratings written. */
    public record ImportView(UUID id, List<UUID> ratings) {
    }

    public record RatingInput(@NotNull UUID competencyId, @NotNull Integer level, @Size(max = 2000) String note) {
    }

    public record AssessmentView(UUID id, String kind, UUID personId, UUID cohortId, UUID frameworkVersionId,
                                 String assessor, LocalDate assessedOn, BigDecimal score, BigDecimal maxScore,
                                 List<UUID> ratings) {
    }

    public record CorrectionRequest(@NotNull Integer level, @NotNull @Size(min = 1, max = 2000) String reason,
                                    @Size(max = 2000) String note) {
    }

    public record RatingView(UUID id, UUID personId, UUID competencyId, UUID frameworkVersionId, int level,
                             String source, UUID sourceId, String rater, Instant observedAt, Instant recordedAt,
                             UUID supersedes) {
        static RatingView of(Rating r) {
            return new RatingView(r.id, r.personId, r.competencyId, r.frameworkVersionId, r.level, r.source,
                    r.sourceId, r.raterUsername, r.observedAt, r.recordedAt, r.supersedesId);
        }
    }

    /** Knowledge gain of one trainee: first pre-test against latest post-test (percentages of the maximum). */
    public record TraineeGain(UUID personId, String name, BigDecimal prePercent, BigDecimal postPercent,
                              BigDecimal gain, BigDecimal normalisedGain) {
    }

    /** Means over the trainees of a cohort who sat both tests. */
    public record CohortGain(UUID cohortId, int trainees, BigDecimal meanPrePercent, BigDecimal meanPostPercent,
                             BigDecimal meanGain, BigDecimal meanNormalisedGain, List<TraineeGain> perTrainee) {
    }
}
