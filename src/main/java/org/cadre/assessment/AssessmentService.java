package org.cadre.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.web.ApiProblem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records assessments (their ratings go through {@link RecordingEvidence}) and computes knowledge gains. */
@ApplicationScoped
@Transactional
public class AssessmentService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    RecordingEvidence evidence;

    @Inject
    EvidenceScope scope;

    @Inject
    PersonDirectory people;

    @Inject
    EvidenceAudit audit;

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager em;

    public AssessmentApi.AssessmentView record(AssessmentApi.AssessmentRequest request) {
        boolean self = "self".equals(request.kind());
        boolean knowledge = request.kind().endsWith("-test");
        if (self ? !scope.isMe(request.personId()) : !(scope.canAssessIn(request.cohortId())
                && scope.canRate(request.personId(), request.kind()))) {
            throw ApiProblem.notFound("Person " + request.personId());
        }
        PersonDirectory.Enrolled enrolment = people.enrolments(request.personId()).stream()
                .filter(e -> e.cohortId().equals(request.cohortId())).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("cohortId", "the person is not enrolled in this cohort"));
        List<AssessmentApi.RatingInput> ratings = request.ratings() == null ? List.of() : request.ratings();
        if (knowledge) {
            if (request.score() == null || request.maxScore() == null) {
                throw ApiProblem.invalid("score", "a knowledge test needs score and maxScore");
            }
            if (request.maxScore().signum() <= 0 || request.score().signum() < 0
                    || request.score().compareTo(request.maxScore()) > 0) {
                throw ApiProblem.invalid("score", "the score must be between 0 and maxScore (above 0)");
            }
            if (!ratings.isEmpty()) {
                throw ApiProblem.invalid("ratings", "a knowledge test has a score, not ratings");
            }
        } else {
            if (ratings.isEmpty()) {
                throw ApiProblem.invalid("ratings", "give a level for at least one competency");
            }
            if (request.score() != null || request.maxScore() != null) {
                throw ApiProblem.invalid("score", "only knowledge tests have a score");
            }
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.kind = request.kind();
        a.personId = request.personId();
        a.cohortId = request.cohortId();
        a.frameworkVersionId = enrolment.frameworkVersionId();
        a.assessorUsername = scope.username();
        a.assessorPersonId = scope.me().orElse(null);
        a.assessedOn = request.assessedOn();
        a.score = request.score();
        a.maxScore = request.maxScore();
        a.recordedAt = Instant.now();
        List<RecordingEvidence.NewRating> wanted = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            AssessmentApi.RatingInput r = ratings.get(i);
            wanted.add(new RecordingEvidence.NewRating("ratings[" + i + "]", a.personId, r.competencyId(),
                    a.frameworkVersionId, r.level(), r.note()));
        }
        RecordingEvidence.Origin origin = new RecordingEvidence.Origin(a.kind, a.id,
                a.assessedOn.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), enrolment.programmeId());
        evidence.check(origin, wanted);
        assessments.persist(a);
        assessments.flush();
        List<UUID> written = wanted.isEmpty() ? List.of()
                : evidence.record(origin, wanted).stream().map(r -> r.id).toList();
        audit.record("assessed", "assessment", a.id, Map.of("kind", a.kind, "person", a.personId,
                "cohort", a.cohortId, "score", String.valueOf(a.score), "ratings", written.size()));
        return view(a, written);
    }

    /**
     * Imports ratings for trainees of a cohort (source "import"): all are checked first — the caller
     * trains the cohort, each person is enrolled in it, competencies and levels fit the programme — and
     * one refusal writes nothing. The import's id is the source id of every rating it wrote.
     */
    public AssessmentApi.ImportView importRatings(AssessmentApi.ImportRequest request) {
        if (!scope.canAssessIn(request.cohortId())) {
            throw ApiProblem.notFound("Cohort " + request.cohortId());
        }
        UUID programme = null;
        List<RecordingEvidence.NewRating> wanted = new ArrayList<>();
        for (int i = 0; i < request.ratings().size(); i++) {
            AssessmentApi.ImportedRating r = request.ratings().get(i);
            PersonDirectory.Enrolled enrolment = people.enrolments(r.personId()).stream()
                    .filter(e -> e.cohortId().equals(request.cohortId())).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Person " + r.personId() + " in this cohort"));
            programme = enrolment.programmeId();
            wanted.add(new RecordingEvidence.NewRating("ratings[" + i + "]", r.personId(), r.competencyId(),
                    enrolment.frameworkVersionId(), r.level(), r.note()));
        }
        UUID id = UUID.randomUUID();
        RecordingEvidence.Origin origin = new RecordingEvidence.Origin("import", id,
                request.observedOn().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), programme);
        List<UUID> written = evidence.record(origin, wanted).stream().map(r -> r.id).toList();
        audit.record("imported", "import", id, Map.of("cohort", request.cohortId(), "ratings", written.size()));
        return new AssessmentApi.ImportView(id, written);
    }

    /**
     * The newest level the signed-in user gave each competency of the person through an import (source
     * "import"), so that uploading the same scores again records nothing. Empty for a person the user
     * cannot see.
     */
    public Map<UUID, Integer> importedLevels(UUID personId) {
        if (!scope.canSee(personId)) {
            return Map.of();
        }
        Map<UUID, Integer> levels = new java.util.HashMap<>();
        for (Object o : em.createNativeQuery("select distinct on (competency_id) competency_id, level from rating "
                        + "where person_id = ?1 and source = 'import' and rater_username = ?2 "
                        + "order by competency_id, recorded_at desc")
                .setParameter(1, personId).setParameter(2, scope.username()).getResultList()) {
            Object[] row = (Object[]) o;
            levels.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return levels;
    }

    public AssessmentApi.AssessmentView get(UUID id) {
        Assessment a = assessments.findByIdOptional(id).filter(x -> scope.canSee(x.personId))
                .orElseThrow(() -> ApiProblem.notFound("Assessment " + id));
        accessLog.record(AccessLog.Action.READ, "person", a.personId, "assessment " + id);
        return view(a, evidence.ofSource(a.id).stream().map(r -> r.id).toList());
    }

    private static AssessmentApi.AssessmentView view(Assessment a, List<UUID> ratings) {
        return new AssessmentApi.AssessmentView(a.id, a.kind, a.personId, a.cohortId, a.frameworkVersionId,
                a.assessorUsername, a.assessedOn, a.score, a.maxScore, ratings);
    }

    /**
     * Knowledge gain per trainee of a cohort and its means, as one SQL aggregate. A trainee's baseline
     * is their first pre-test, their result the latest post-test; both as a percentage of the test's
     * maximum. Gain = post − pre (percentage points); normalised gain = (post − pre) / (100 − pre)
     * (undefined when the pre-test was already 100 %). Trainees without both tests are left out.
     */
    public AssessmentApi.CohortGain cohortGain(UUID cohortId) {
        if (!scope.canSeeCohort(cohortId)) {
            throw ApiProblem.notFound("Cohort " + cohortId);
        }
        List<AssessmentApi.TraineeGain> rows = gains("a.cohort_id = :cohort", Map.of("cohort", cohortId));
        Object[] means = (Object[]) em.createNativeQuery(GAINS_CTE.formatted("a.cohort_id = :cohort") + """
                        select count(*), round(avg(pre), 2), round(avg(post), 2), round(avg(post - pre), 2),
                               round(avg(case when pre < 100 then (post - pre) / (100 - pre) end), 4)
                          from pairs""")
                .setParameter("cohort", cohortId).getSingleResult();
        return new AssessmentApi.CohortGain(cohortId, ((Number) means[0]).intValue(), dec(means[1]), dec(means[2]),
                dec(means[3]), dec(means[4]), rows);
    }

    /** The gain of one trainee in each cohort where they sat both tests. */
    public List<AssessmentApi.TraineeGain> personGain(UUID personId) {
        if (!scope.canSee(personId)) {
            throw ApiProblem.notFound("Person " + personId);
        }
        accessLog.record(AccessLog.Action.READ, "person", personId, "knowledge gain");
        return gains("a.person_id = :person", Map.of("person", personId));
    }

    /**
     * The person's latest post-test in a cohort as a percentage of its maximum (two decimals), if any;
     * no scope check: for features (certification) that checked the cohort's scope themselves.
     */
    public java.util.Optional<BigDecimal> latestPostTestPercent(UUID personId, UUID cohortId) {
        List<?> rows = em.createNativeQuery("""
                        select round(100.0 * score / max_score, 2) from assessment
                         where kind = 'post-test' and person_id = ?1 and cohort_id = ?2
                         order by assessed_on desc, recorded_at desc limit 1""")
                .setParameter(1, personId).setParameter(2, cohortId).getResultList();
        return rows.stream().findFirst().map(r -> new BigDecimal(r.toString()));
    }

    private static final String GAINS_CTE = """
            with tests as (
                select a.person_id, a.cohort_id, a.kind, 100.0 * a.score / a.max_score as percent,
                       row_number() over (partition by a.person_id, a.cohort_id, a.kind order by
                           case when a.kind = 'pre-test' then a.assessed_on end asc,
                           case when a.kind = 'post-test' then a.assessed_on end desc, a.recorded_at desc) as n
                  from assessment a
                 where a.kind in ('pre-test', 'post-test') and %s),
            pairs as (
                select pre.person_id, pre.cohort_id, pre.percent as pre, post.percent as post
                  from tests pre join tests post on post.person_id = pre.person_id and post.cohort_id = pre.cohort_id
                 where pre.kind = 'pre-test' and pre.n = 1 and post.kind = 'post-test' and post.n = 1)
            """;

    private List<AssessmentApi.TraineeGain> gains(String where, Map<String, Object> params) {
        var query = em.createNativeQuery(GAINS_CTE.formatted(where) + """
                select p.person_id, pe.given_name || ' ' || pe.family_name, round(p.pre, 2), round(p.post, 2),
                       round(p.post - p.pre, 2), case when p.pre < 100 then round((p.post - p.pre) / (100 - p.pre), 4) end
                  from pairs p join person pe on pe.id = p.person_id
                 order by pe.family_name, pe.given_name""");
        params.forEach(query::setParameter);
        List<AssessmentApi.TraineeGain> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new AssessmentApi.TraineeGain((UUID) r[0], (String) r[1], dec(r[2]), dec(r[3]), dec(r[4]),
                    dec(r[5])));
        }
        return result;
    }

    private static BigDecimal dec(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
