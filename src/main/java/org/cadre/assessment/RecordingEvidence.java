package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.web.ApiProblem;
import org.cadre.web.SqlReads;
import org.cadre.web.SqlWrites;
import org.cadre.web.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /**
     * Ratings that passed {@link #check}: only this class makes them, so whatever {@link #record(Checked)}
     * writes was checked, in the same transaction.
     */
    public static final class Checked {
        private final Origin origin;
        private final List<NewRating> ratings;

        private Checked(Origin origin, List<NewRating> ratings) {
            this.origin = origin;
            this.ratings = List.copyOf(ratings);
        }

        public List<NewRating> ratings() {
            return ratings;
        }
    }

    /** A competency's framework version and that version's scale (its level positions). */
    private record CompetencyFacts(UUID versionId, List<Integer> levels) {
    }

    /**
     * Refuses (400, or 404 for people out of the rater's scope) without writing anything. Reads what it
     * needs for all ratings at once: the people's scope, then two queries (the competencies with their
     * version's scale; the people's enrolments with their programmes' selections), however many ratings.
     */
    public Checked check(Origin origin, List<NewRating> wanted) {
        for (NewRating r : wanted) {
            if (r.personId() == null || !scope.canRate(r.personId(), origin.source())) {
                throw ApiProblem.notFound("Person " + r.personId());
            }
        }
        Set<UUID> competencyIds = new HashSet<>();
        Set<UUID> personIds = new HashSet<>();
        for (NewRating r : wanted) {
            if (r.competencyId() != null) {
                competencyIds.add(r.competencyId());
            }
            personIds.add(r.personId());
        }
        SqlReads.Batch reads = new SqlReads.Batch(); // both in one round trip
        Map<UUID, CompetencyFacts> competencies = competencies(competencyIds, reads);
        Map<UUID, List<PersonDirectory.EnrolledWithSelection>> enrolmentsOf = people.enrolmentsWithSelection(personIds, reads);
        reads.run(em);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (NewRating r : wanted) {
            if (r.competencyId() == null || r.frameworkVersionId() == null) {
                errors.add(new Problem.FieldError(r.field(), "competency and framework version are required"));
                continue;
            }
            CompetencyFacts competency = competencies.get(r.competencyId());
            if (competency == null || !r.frameworkVersionId().equals(competency.versionId())) {
                errors.add(new Problem.FieldError(r.field() + ".competencyId",
                        "not a competency of framework version " + r.frameworkVersionId()));
                continue;
            }
            if (!competency.levels().contains(r.level())) {
                errors.add(new Problem.FieldError(r.field() + ".level", "level " + r.level()
                        + " is not on the scale of the framework version (levels " + competency.levels() + ")"));
                continue;
            }
            List<PersonDirectory.EnrolledWithSelection> enrolments = enrolmentsOf.getOrDefault(r.personId(), List.of())
                    .stream()
                    .filter(e -> e.enrolled().frameworkVersionId().equals(r.frameworkVersionId()))
                    .filter(e -> origin.programmeId() == null || e.enrolled().programmeId().equals(origin.programmeId()))
                    .toList();
            if (enrolments.isEmpty()) {
                errors.add(new Problem.FieldError(r.field() + ".frameworkVersionId",
                        "the person is not enrolled in a programme of this framework version"));
                continue;
            }
            boolean selected = enrolments.stream()
                    .anyMatch(e -> e.selection().isEmpty() || e.selection().contains(r.competencyId()));
            if (!selected) {
                errors.add(new Problem.FieldError(r.field() + ".competencyId",
                        "the competency is not part of the person's programme"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("Some ratings were refused; nothing was recorded", errors);
        }
        return new Checked(origin, wanted);
    }

    private static Map<UUID, CompetencyFacts> competencies(Set<UUID> ids, SqlReads.Batch reads) {
        Map<UUID, CompetencyFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        reads.add("""
                        select k.id, k.framework_version_id,
                               (select string_agg(l.position::text, ',' order by l.position) from framework_scale_level l
                                 where l.framework_version_id = k.framework_version_id)
                          from competency k where k.id = any(?)""", rs -> {
                    String levels = rs.getString(3);
                    return facts.put(rs.getObject(1, UUID.class), new CompetencyFacts(rs.getObject(2, UUID.class),
                            levels == null ? List.of() : java.util.Arrays.stream(levels.split(",")).map(Integer::valueOf).toList()));
                }, ids);
        return facts;
    }

    /** Checks, then writes all ratings (and their audit lines) in the caller's transaction. */
    @Transactional
    public List<Rating> record(Origin origin, List<NewRating> wanted) {
        return write(check(origin, wanted), null);
    }

    /**
     * Writes ratings that {@link #check} passed earlier in this transaction (and their audit lines), so a
     * caller can check before it writes anything and not read the same facts twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Rating> record(Checked checked) {
        return write(checked, null);
    }

    /**
     * The same ratings and audit lines as {@link #record(Checked)}, added to the caller's one-round-trip inserts
     * ({@link SqlWrites#run} writes them) instead of the persistence context.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Checked checked, SqlWrites writes) {
        for (Rating rating : ratings(checked, null)) {
            writes.insert("rating", RATING_COLUMNS, rating.id, rating.personId, rating.competencyId,
                    rating.frameworkVersionId, rating.level, rating.source, rating.sourceId, rating.raterUsername,
                    rating.raterPersonId, rating.observedAt, rating.recordedAt, rating.note, rating.supersedesId);
            audit.record("rated", "rating", rating.id, auditDetail(rating), writes);
        }
    }

    static final List<String> RATING_COLUMNS = List.of("id", "person_id", "competency_id", "framework_version_id", "level",
            "source", "source_id", "rater_username", "rater_person_id", "observed_at", "recorded_at", "note", "supersedes_id");

    private List<Rating> write(Checked checked, UUID supersedesId) {
        List<Rating> written = ratings(checked, supersedesId);
        for (Rating rating : written) {
            ratings.persist(rating);
            audit.record("rated", "rating", rating.id, auditDetail(rating));
        }
        return written;
    }

    private static Map<String, Object> auditDetail(Rating rating) {
        return Map.of("person", rating.personId, "competency", rating.competencyId, "level", rating.level,
                "source", rating.source, "sourceId", String.valueOf(rating.sourceId));
    }

    /** The ratings to write for checked wishes (not yet persisted). */
    private List<Rating> ratings(Checked checked, UUID supersedesId) {
        Origin origin = checked.origin;
        List<Rating> written = new ArrayList<>();
        Instant now = Instant.now();
        for (NewRating r : checked.ratings) {
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
        Rating added = write(check(origin, List.of(new NewRating("level", old.personId, old.competencyId,
                old.frameworkVersionId, level, note))), old.id).get(0);
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
