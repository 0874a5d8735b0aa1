package org.cadre.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.assessment.EvidenceAudit;
import org.cadre.assessment.EvidenceScope;
import org.cadre.assessment.PersonDirectory;
import org.cadre.assessment.RecordingEvidence;
import org.cadre.framework.CompetencyRepository;
import org.cadre.security.AccessLog;
import org.cadre.security.AccessPolicy;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;
import org.cadre.web.SqlReads;
import org.cadre.web.SqlWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Mentoring visits: idempotent create-or-edit by client id with optimistic locking, submission (the
 * observations become ratings), correction of submitted visits, and follow-up of action points.
 */
@ApplicationScoped
@Transactional
public class VisitService {

    /** The result of a PUT: the visit, and whether it was created by this call. */
    record Saved(VisitApi.VisitView visit, boolean created) {
    }

    @Inject
    VisitRepository visits;

    @Inject
    EvidenceScope scope;

    @Inject
    PersonDirectory people;

    @Inject
    RecordingEvidence evidence;

    @Inject
    EvidenceAudit audit;

    @Inject
    CompetencyRepository competencies;

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    @Inject
    AccessLog accessLog;

    /**
     * Creates the visit if the id is new; answers the current visit unchanged if the same content
     * arrives again (a retry); otherwise edits a draft when {@code expectedVersion} (If-Match or the
     * body's version) is the current one, and refuses with both versions when it is not.
     */
    public Saved put(UUID id, VisitApi.VisitRequest request, Integer expectedVersion) {
        // two copies of the same new visit arriving at once: the second waits for the lock, then finds the first
        // with it, in the same round trip, who the caller is and which of the mentees they mentor (scope asks both)
        SqlReads.Batch first = new SqlReads.Batch();
        List<Integer> exists = visits.lockAndExists(id, first);
        policy.prefetchMentorFacts(request.mentees(), first);
        first.run(visits.getEntityManager());
        Optional<MentoringVisit> found = exists.isEmpty() ? Optional.empty() : visits.findForUpdate(id);
        if (found.isEmpty()) {
            UUID me = scope.me().orElseThrow(() -> ApiProblem.invalid("mentor",
                    "your user is not linked to a person, so you cannot record visits"));
            MentoringVisit visit = new MentoringVisit();
            visit.id = id;
            visit.mentorId = me;
            visit.createdBy = user.getUsername();
            visit.createdAt = Instant.now();
            visit.version = 0;
            RecordingEvidence.Checked checked = apply(visit, request);
            if (visit.isSubmitted()) {
                visit.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as stored
            }
            // Everything read first, then everything written: the visit's rows, its ratings and the audit lines
            // go to the database together, in one round trip (the entity is never managed).
            VisitApi.VisitView view = view(visit);
            SqlWrites writes = new SqlWrites();
            visits.insert(visit, writes);
            audit.record("created", "visit", visit.id, content(visit), writes);
            if (visit.isSubmitted()) {
                evidence.record(checked, writes);
                audit.record("submitted", "visit", visit.id, submitted(checked), writes);
            }
            writes.run(visits.getEntityManager());
            return new Saved(view, true);
        }
        MentoringVisit visit = found.get();
        mustOwn(visit);
        if (content(visit).equals(content(request, resolveVersion(request)))) {
            return new Saved(view(visit), false);
        }
        Integer expected = expectedVersion != null ? expectedVersion : request.version();
        if (expected == null || expected != visit.version) {
            throw new VisitConflict(request, view(visit));
        }
        if (visit.isSubmitted()) {
            throw ApiProblem.conflict("A submitted visit changes only through a correction (POST /api/v1/visits/"
                    + id + "/corrections)");
        }
        Content before = content(visit);
        RecordingEvidence.Checked checked = apply(visit, request);
        visit.version++;
        if (visit.isSubmitted()) {
            visit.submittedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as stored
        }
        VisitApi.VisitView view = view(visit);
        audit.record("updated", "visit", visit.id, Map.of("before", before, "after", content(visit)));
        if (visit.isSubmitted()) {
            submit(visit, checked);
        }
        return new Saved(view, false);
    }

    public VisitApi.VisitView get(UUID id) {
        MentoringVisit visit = visits.findByIdOptional(id).filter(this::canSee)
                .orElseThrow(() -> ApiProblem.notFound("Visit " + id));
        accessLog.record(AccessLog.Action.READ, "visit", id, null);
        return view(visit);
    }

    /** The audit trail of a visit: created, edited, submitted, corrected — who, when and what. */
    public List<EvidenceAudit.Line> history(UUID id) {
        MentoringVisit visit = visits.findByIdOptional(id).filter(this::canSee)
                .orElseThrow(() -> ApiProblem.notFound("Visit " + id));
        return audit.of("visit", visit.id);
    }

    public List<VisitApi.VisitSummary> mine() {
        return scope.me().map(visits::ofMentor).orElse(List.of()).stream().map(this::summary).toList();
    }

    public List<VisitApi.VisitSummary> ofMentee(UUID personId) {
        if (!scope.canSee(personId)) {
            throw ApiProblem.notFound("Person " + personId);
        }
        accessLog.record(AccessLog.Action.READ, "person", personId, "visits");
        return visits.ofMentee(personId).stream().filter(this::canSee).map(this::summary).toList();
    }

    /** Changes a submitted visit's observations (and strengths), with a reason, as a recorded correction. */
    public VisitApi.VisitView correct(UUID id, VisitApi.CorrectionRequest request) {
        MentoringVisit visit = visits.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Visit " + id));
        mustOwn(visit);
        if (!visit.isSubmitted()) {
            throw ApiProblem.conflict("A draft is edited, not corrected");
        }
        Content before = content(visit);
        List<RecordingEvidence.NewRating> fresh = new ArrayList<>();
        int i = 0;
        for (VisitApi.ObservationInput in : request.observations()) {
            String field = "observations[" + i++ + "]";
            if (!visit.mentees.contains(in.personId())) {
                throw ApiProblem.invalid(field + ".personId", "not a mentee of this visit");
            }
            Optional<Observation> existing = visit.observations.stream()
                    .filter(o -> o.personId.equals(in.personId()) && o.competencyId.equals(in.competencyId())).findFirst();
            if (existing.isPresent()) {
                Observation o = existing.get();
                if (o.level != in.level() || !o.note.equals(nz(in.note()))) {
                    UUID latest = latestRating(visit.id, o.personId, o.competencyId);
                    evidence.correct(latest, in.level(), request.reason(), nz(in.note()));
                    o.level = in.level();
                    o.note = nz(in.note());
                }
            } else {
                fresh.add(new RecordingEvidence.NewRating(field, in.personId(), in.competencyId(),
                        visit.frameworkVersionId, in.level(), nz(in.note())));
                visit.observations.add(observation(visit, in));
            }
        }
        if (!fresh.isEmpty()) {
            evidence.record(origin(visit), fresh);
        }
        if (request.strengths() != null) {
            visit.strengths = request.strengths();
        }
        Content after = content(visit);
        if (before.equals(after)) {
            throw ApiProblem.invalid("observations", "the correction changes nothing");
        }
        visit.version++;
        visit.updatedAt = Instant.now();
        evidence.recordCorrection("visit", visit.id, before, after, request.reason());
        return view(visit);
    }

    /** Follow-up of an action point (done, dropped, open again), by the visit's mentor; audited. */
    public VisitApi.ActionPointView setStatus(UUID visitId, UUID pointId, String status) {
        MentoringVisit visit = visits.findForUpdate(visitId).orElseThrow(() -> ApiProblem.notFound("Visit " + visitId));
        mustOwn(visit);
        ActionPoint point = visit.actionPoints.stream().filter(a -> a.id.equals(pointId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Action point " + pointId));
        if (!point.status.equals(status)) {
            audit.record("status", "action-point", point.id, Map.of("before", point.status, "after", status));
            point.status = status;
        }
        return view(point);
    }

    /**
     * Follow-up at a later visit: a mentor who may visit the action point's mentee marks it done,
     * dropped or open again (the visit that agreed it may have been another mentor's). Audited.
     */
    public void followUp(UUID pointId, String status) {
        if (!ActionPoint.STATUSES.contains(status)) {
            throw ApiProblem.invalid("status", "open, done or dropped");
        }
        ActionPoint point = visits.actionPoint(pointId)
                .filter(a -> (a.personId != null ? java.util.List.of(a.personId) : java.util.List.copyOf(a.visit.mentees))
                        .stream().anyMatch(p -> scope.canRate(p, "visit")))
                .orElseThrow(() -> ApiProblem.notFound("Action point " + pointId));
        if (!point.status.equals(status)) {
            audit.record("status", "action-point", point.id, Map.of("before", point.status, "after", status));
            point.status = status;
        }
    }

    /** Open action points of the mentee's last submitted visit before the date. */
    public List<VisitApi.ActionPointView> openActionPoints(UUID personId, LocalDate before, UUID exceptVisit) {
        return visits.openActionPointsOfLastVisit(personId, before, exceptVisit == null ? new UUID(0, 0) : exceptVisit);
    }

    /** The observations become ratings (checked by {@link #apply}, in this transaction, before anything was written). */
    private void submit(MentoringVisit visit, RecordingEvidence.Checked checked) {
        evidence.record(checked);
        audit.record("submitted", "visit", visit.id, submitted(checked));
    }

    /** What the audit line of a submission says. */
    private static Map<String, Object> submitted(RecordingEvidence.Checked checked) {
        return Map.of("ratings", checked.ratings().size());
    }

    private static RecordingEvidence.Origin origin(MentoringVisit visit) {
        return origin(visit.id, visit.date);
    }

    /** Ratings of a visit are observed at noon (UTC) of the visit's day. */
    private static RecordingEvidence.Origin origin(UUID visitId, LocalDate date) {
        return new RecordingEvidence.Origin("visit", visitId, date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), null);
    }

    private UUID latestRating(UUID visitId, UUID personId, UUID competencyId) {
        Set<UUID> superseded = new java.util.HashSet<>();
        var all = evidence.ofSource(visitId).stream()
                .filter(r -> r.personId.equals(personId) && r.competencyId.equals(competencyId)).toList();
        all.forEach(r -> {
            if (r.supersedesId != null) {
                superseded.add(r.supersedesId);
            }
        });
        return all.stream().filter(r -> !superseded.contains(r.id)).map(r -> r.id).findFirst()
                .orElseThrow(() -> new IllegalStateException("a submitted observation without its rating"));
    }

    /**
     * Validates the request (drafts too: a level off the scale is refused at once) and copies it in. Answers
     * the checked observations, which {@link #submit} records as ratings if the visit is submitted.
     */
    private RecordingEvidence.Checked apply(MentoringVisit visit, VisitApi.VisitRequest request) {
        UUID version = resolveVersion(request);
        for (int i = 0; i < request.mentees().size(); i++) {
            if (!scope.canRate(request.mentees().get(i), "visit")) {
                throw ApiProblem.notFound("Person " + request.mentees().get(i));
            }
        }
        List<RecordingEvidence.NewRating> checked = new ArrayList<>();
        List<VisitApi.ObservationInput> observations = nl(request.observations());
        for (int i = 0; i < observations.size(); i++) {
            VisitApi.ObservationInput o = observations.get(i);
            if (!request.mentees().contains(o.personId())) {
                throw ApiProblem.invalid("observations[" + i + "].personId", "not a mentee of this visit");
            }
            checked.add(new RecordingEvidence.NewRating("observations[" + i + "]", o.personId(), o.competencyId(),
                    version, o.level(), nz(o.note())));
        }
        List<VisitApi.ActionPointInput> points = nl(request.actionPoints());
        for (int i = 0; i < points.size(); i++) {
            // an action point is agreed with one of the visit's mentees (or with nobody in particular)
            if (points.get(i).personId() != null && !request.mentees().contains(points.get(i).personId())) {
                throw ApiProblem.invalid("actionPoints[" + i + "].personId", "not a mentee of this visit");
            }
        }
        RecordingEvidence.Checked passed = evidence.check(origin(visit.id, request.date()), checked);
        if (request.siteId() != null && !visits.siteExists(request.siteId())) {
            throw ApiProblem.invalid("siteId", "no organisation has this id");
        }
        visit.date = request.date();
        visit.siteId = request.siteId();
        visit.mode = request.mode();
        visit.status = request.status() == null ? "draft" : request.status();
        visit.frameworkVersionId = version;
        visit.strengths = nz(request.strengths());
        visit.updatedAt = Instant.now();
        visit.mentees.clear();
        visit.mentees.addAll(request.mentees());
        visit.observations.clear();
        visit.actionPoints.clear();
        visits.flush(); // removals first: the same observations and action point ids come back
        observations.forEach(o -> visit.observations.add(observation(visit, o)));
        int position = 0;
        for (VisitApi.ActionPointInput in : points) {
            ActionPoint a = new ActionPoint();
            a.id = in.id() != null && visits.actionPoint(in.id()).isEmpty() ? in.id() : UUID.randomUUID();
            a.visit = visit;
            a.personId = in.personId();
            a.text = in.text().strip();
            a.dueOn = in.dueOn();
            a.status = in.status() == null ? "open" : in.status();
            a.position = position++;
            visit.actionPoints.add(a);
        }
        return passed;
    }

    private UUID resolveVersion(VisitApi.VisitRequest request) {
        if (request.frameworkVersionId() != null) {
            return request.frameworkVersionId();
        }
        Set<UUID> versions = new LinkedHashSet<>();
        for (UUID mentee : request.mentees()) {
            people.enrolments(mentee).forEach(e -> versions.add(e.frameworkVersionId()));
        }
        if (versions.size() != 1) {
            throw ApiProblem.invalid("frameworkVersionId", versions.isEmpty()
                    ? "the mentees are not enrolled in any programme" : "choose the framework version of the visit");
        }
        return versions.iterator().next();
    }

    private static Observation observation(MentoringVisit visit, VisitApi.ObservationInput in) {
        Observation o = new Observation();
        o.id = UUID.randomUUID();
        o.visit = visit;
        o.personId = in.personId();
        o.competencyId = in.competencyId();
        o.level = in.level();
        o.note = nz(in.note());
        return o;
    }

    private void mustOwn(MentoringVisit visit) {
        if (!policy.mayChangeVisit(visit.mentorId)) {
            throw ApiProblem.notFound("Visit " + visit.id);
        }
    }

    boolean canSee(MentoringVisit visit) {
        return policy.maySeeVisit(visit.mentorId, visit.mentees);
    }

    /** What a visit says, for comparing a retry with what is stored (ids and versions aside). */
    record Content(LocalDate date, UUID siteId, String mode, String status, UUID frameworkVersionId, List<UUID> mentees,
                   List<List<Object>> observations, String strengths, List<List<Object>> actionPoints) {
    }

    private static Content content(MentoringVisit v) {
        return new Content(v.date, v.siteId, v.mode, v.status, v.frameworkVersionId,
                v.mentees.stream().sorted().toList(),
                v.observations.stream().map(o -> List.<Object>of(o.personId, o.competencyId, o.level, o.note))
                        .sorted(Comparator.comparing(Object::toString)).toList(),
                v.strengths,
                v.actionPoints.stream().map(a -> List.<Object>of(String.valueOf(a.personId), a.text,
                        String.valueOf(a.dueOn), a.status)).toList());
    }

    private static Content content(VisitApi.VisitRequest r, UUID version) {
        return new Content(r.date(), r.siteId(), r.mode(), r.status() == null ? "draft" : r.status(), version,
                r.mentees().stream().distinct().sorted().toList(),
                nl(r.observations()).stream().map(o -> List.<Object>of(o.personId(), o.competencyId(), o.level(),
                        nz(o.note()))).sorted(Comparator.comparing(Object::toString)).toList(),
                nz(r.strengths()),
                nl(r.actionPoints()).stream().map(a -> List.<Object>of(String.valueOf(a.personId()),
                        a.text() == null ? "" : a.text().strip(), String.valueOf(a.dueOn()),
                        a.status() == null ? "open" : a.status())).toList());
    }

    /**
     * PostgreSQL's order of uuids (bytes, unsigned), which the entity's {@code @OrderBy} gives a loaded visit:
     * a visit just written answers in the same order as when it is read back. ({@link UUID#compareTo} is signed.)
     */
    private static final Comparator<UUID> DATABASE_ORDER = Comparator.comparing(UUID::toString);

    /** The visit as the API shows it: names, competency codes and each mentee's previous action points in one round trip. */
    VisitApi.VisitView view(MentoringVisit v) {
        SqlReads.Batch reads = new SqlReads.Batch(); // one round trip for all
        List<List<VisitApi.ActionPointView>> previousOf = new ArrayList<>();
        v.mentees.forEach(m -> previousOf.add(visits.openActionPointsOfLastVisit(m, v.date, v.id, reads)));
        Set<UUID> people = new LinkedHashSet<>(v.mentees);
        people.add(v.mentorId);
        Map<UUID, String> names = this.people.names(people, reads);
        Map<UUID, String> codes = competencies.codes(v.observations.stream().map(o -> o.competencyId)
                .collect(java.util.stream.Collectors.toSet()), reads);
        reads.run(visits.getEntityManager());
        List<VisitApi.ActionPointView> previous = new ArrayList<>();
        previousOf.forEach(previous::addAll);
        return new VisitApi.VisitView(v.id, v.version, v.mentorId, names.getOrDefault(v.mentorId, "?"), v.date, v.siteId,
                v.mode, v.status, v.frameworkVersionId,
                v.mentees.stream().sorted(DATABASE_ORDER).map(m -> new VisitApi.Person(m, names.getOrDefault(m, "?"))).toList(),
                v.observations.stream().sorted(Comparator.comparing((Observation o) -> o.personId, DATABASE_ORDER)
                                .thenComparing(o -> o.competencyId, DATABASE_ORDER))
                        .map(o -> new VisitApi.ObservationView(o.personId, o.competencyId,
                                codes.getOrDefault(o.competencyId, "?"), o.level, o.note)).toList(),
                v.strengths, v.actionPoints.stream().map(this::view).toList(), previous, v.submittedAt);
    }

    private VisitApi.ActionPointView view(ActionPoint a) {
        return new VisitApi.ActionPointView(a.id, a.visit.id, a.visit.date, a.personId, a.text, a.dueOn, a.status);
    }

    private VisitApi.VisitSummary summary(MentoringVisit v) {
        return new VisitApi.VisitSummary(v.id, v.date, v.mode, v.status, v.mentees.stream().map(this::person).toList());
    }

    VisitApi.Person person(UUID id) {
        return new VisitApi.Person(id, name(id));
    }

    private String name(UUID id) {
        return people.find(id).map(PersonDirectory.PersonSummary::name).orElse("?");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nl(List<T> list) {
        return list == null ? List.of() : list;
    }
}
