package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes evidence. Every rating — from a visit, an assessment or an import — goes through here and is
 * checked first, all of them before any is written: the rater may rate the person, the competency
 * belongs to the framework version (and to the programme's selection), the level is on the version's
 * scale, and the person is enrolled in a programme of that version. One refusal refuses the lot.
 */
@ApplicationScoped
public class RecordingEvidence {

    /** A rating to record. {@code field} names where it came from in the request, for errors. */
    public record NewRating(String field, UUID personId, UUID competencyId, UUID frameworkVersionId, int level,
                            String note) {
    }

    /** Where the ratings come from: source kind, source record, when observed, programme context if any. */
    public record Origin(String source, UUID sourceId, Instant observedAt, UUID programmeId) {
    }

    @Inject
    EntityManager em;

    @Inject
    EvidenceScope scope;

    @Inject
    PersonDirectory people;

    @Inject
    EvidenceAudit audit;

    @Inject
    RatingRepository ratings;

    /** Refuses (400, or 404 for people out of the rater's scope) without writing anything. */
    public void check(Origin origin, List<NewRating> wanted) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Set<UUID>> versionsOf = new LinkedHashMap<>();
        // A visit or an assessment rates the same few people on competencies of one version: look each
        // fact up once per call, not once per rating.
        Map<UUID, Boolean> mayRate = new HashMap<>();
        Map<UUID, List<?>> versionOfCompetency = new HashMap<>();
        Map<UUID, List<?>> levelsOfVersion = new HashMap<>();
        Map<UUID, List<PersonDirectory.Enrolled>> enrolmentsOf = new HashMap<>();
        Map<UUID, List<UUID>> selectionOf = new HashMap<>();
        for (NewRating r : wanted) {
            if (r.personId() == null || !mayRate.computeIfAbsent(r.personId(), p -> scope.canRate(p, origin.source()))) {
                throw ApiProblem.notFound("Person " + r.personId());
            }
            if (r.competencyId() == null || r.frameworkVersionId() == null) {
                errors.add(new Problem.FieldError(r.field(), "competency and framework version are required"));
                continue;
            }
            List<?> version = versionOfCompetency.computeIfAbsent(r.competencyId(), id -> em.createNativeQuery(
                    "select framework_version_id from competency where id = ?1").setParameter(1, id).getResultList());
            if (version.isEmpty() || !r.frameworkVersionId().equals(version.get(0))) {
                errors.add(new Problem.FieldError(r.field() + ".competencyId",
                        "not a competency of framework version " + r.frameworkVersionId()));
                continue;
            }
            List<?> levels = levelsOfVersion.computeIfAbsent(r.frameworkVersionId(), id -> em.createNativeQuery(
                            "select position from framework_scale_level where framework_version_id = ?1")
                    .setParameter(1, id).getResultList());
            if (levels.stream().noneMatch(l -> ((Number) l).intValue() == r.level())) {
                errors.add(new Problem.FieldError(r.field() + ".level", "level " + r.level()
                        + " is not on the scale of the framework version (levels " + levels + ")"));
                continue;
            }
            List<PersonDirectory.Enrolled> enrolments = enrolmentsOf.computeIfAbsent(r.personId(), people::enrolments).stream()
                    .filter(e -> e.frameworkVersionId().equals(r.frameworkVersionId()))
                    .filter(e -> origin.programmeId() == null || e.programmeId().equals(origin.programmeId()))
                    .toList();
            if (enrolments.isEmpty()) {
                errors.add(new Problem.FieldError(r.field() + ".frameworkVersionId",
                        "the person is not enrolled in a programme of this framework version"));
                continue;
            }
            boolean selected = enrolments.stream().anyMatch(e -> {
                List<UUID> selection = selectionOf.computeIfAbsent(e.programmeId(), people::selection);
                return selection.isEmpty() || selection.contains(r.competencyId());
            });
            if (!selected) {
                errors.add(new Problem.FieldError(r.field() + ".competencyId",
                        "the competency is not part of the person's programme"));
            }
            versionsOf.computeIfAbsent(r.personId(), k -> new HashSet<>()).add(r.frameworkVersionId());
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("Some ratings were refused; nothing was recorded", errors);
        }
    }

    /** Checks, then writes all ratings (and their audit lines) in the caller's transaction. */
    @Transactional
    public List<Rating> record(Origin origin, List<NewRating> wanted) {
        return write(origin, wanted, null);
    }

    private List<Rating> write(Origin origin, List<NewRating> wanted, UUID supersedesId) {
        check(origin, wanted);
        List<Rating> written = new ArrayList<>();
        Instant now = Instant.now();
        for (NewRating r : wanted) {
            Rating rating = new Rating();
            rating.id = UUID.randomUUID();
            rating.personId = r.personId();
            rating.competencyId = r.competencyId();
            rating.frameworkVersionId = r.frameworkVersionId();
            rating.level = r.level();
            rating.source = origin.source();
            rating.sourceId = origin.sourceId();
            rating.raterUsername = scope.username();
            rating.raterPersonId = scope.me().orElse(null);
            rating.observedAt = origin.observedAt();
            rating.recordedAt = now;
            rating.note = r.note() == null ? "" : r.note();
            rating.supersedesId = supersedesId;
            ratings.persist(rating);
            audit.record("rated", "rating", rating.id, Map.of("person", rating.personId, "competency",
                    rating.competencyId, "level", rating.level, "source", rating.source,
                    "sourceId", String.valueOf(rating.sourceId)));
            written.add(rating);
        }
        return written;
    }

    /**
     * Corrects one rating: adds a rating that supersedes it (same source and observation time, new
     * level) and a correction record (before, after, reason). The corrected rating stays as it was.
     */
    @Transactional
    public Rating correct(UUID ratingId, int level, String reason, String note) {
        Rating old = ratings.findByIdOptional(ratingId).orElseThrow(() -> ApiProblem.notFound("Rating " + ratingId));
        boolean mayCorrect = "self".equals(old.source) ? scope.isMe(old.personId)
                : scope.canRate(old.personId, old.source);
        if (!mayCorrect) {
            throw ApiProblem.notFound("Rating " + ratingId);
        }
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalid("reason", "a correction needs a reason");
        }
        if (ratings.count("supersedesId", ratingId) > 0) {
            throw ApiProblem.conflict("This rating was already corrected; correct the newest rating instead");
        }
        Origin origin = new Origin(old.source, old.sourceId, old.observedAt, null);
        Rating added = write(origin, List.of(new NewRating("level", old.personId, old.competencyId,
                old.frameworkVersionId, level, note)), old.id).get(0);
        recordCorrection("rating", old.id, Map.of("level", old.level, "note", old.note),
                Map.of("level", added.level, "note", added.note, "rating", added.id.toString()), reason);
        return added;
    }

    /** Writes a correction record and its audit line. */
    public Correction recordCorrection(String subjectType, UUID subjectId, Object before, Object after, String reason) {
        Correction c = new Correction();
        c.id = UUID.randomUUID();
        c.subjectType = subjectType;
        c.subjectId = subjectId;
        c.correctedBy = scope.username();
        c.correctedAt = Instant.now();
        c.beforeValue = audit.toJson(before);
        c.afterValue = audit.toJson(after);
        c.reason = reason;
        em.persist(c);
        audit.record("corrected", subjectType, subjectId, Map.of("correction", c.id.toString(), "before", before,
                "after", after, "reason", reason));
        return c;
    }

    public List<Rating> ofSource(UUID sourceId) {
        return ratings.ofSource(sourceId);
    }
}
