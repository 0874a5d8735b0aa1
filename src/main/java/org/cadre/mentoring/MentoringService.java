package org.cadre.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.assessment.EvidenceAudit;
import org.cadre.assessment.EvidenceScope;
import org.cadre.assessment.PersonDirectory;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who mentors whom: assignments (admin, or a programme manager for people of their countries). */
@ApplicationScoped
@Transactional
public class MentoringService {

    @Inject
    MentorAssignmentRepository assignments;

    @Inject
    VisitRepository visitRepository;

    @Inject
    VisitService visits;

    @Inject
    EvidenceScope scope;

    @Inject
    PersonDirectory people;

    @Inject
    EvidenceAudit audit;

    @Inject
    CurrentUser user;

    public VisitApi.AssignmentView assign(VisitApi.AssignmentRequest request) {
        for (UUID id : List.of(request.mentorId(), request.menteeId())) {
            if (people.find(id).isEmpty() || !scope.canSee(id)) {
                throw ApiProblem.notFound("Person " + id);
            }
        }
        if (request.mentorId().equals(request.menteeId())) {
            throw ApiProblem.invalid("menteeId", "a person does not mentor themselves");
        }
        if (request.until() != null && !request.until().isAfter(request.since())) {
            throw ApiProblem.invalid("until", "must be after since");
        }
        MentorAssignment a = new MentorAssignment();
        a.id = UUID.randomUUID();
        a.mentorId = request.mentorId();
        a.menteeId = request.menteeId();
        a.since = request.since();
        a.until = request.until();
        a.createdBy = user.getUsername();
        a.createdAt = Instant.now();
        assignments.persist(a);
        audit.record("assigned", "mentoring", a.id, Map.of("mentor", a.mentorId, "mentee", a.menteeId,
                "since", a.since.toString(), "until", String.valueOf(a.until)));
        return new VisitApi.AssignmentView(a.id, a.mentorId, a.menteeId, a.since, a.until);
    }

    /** The signed-in mentor's current mentees, by name. */
    public List<VisitApi.MenteeView> myMentees() {
        LocalDate today = LocalDate.now();
        Map<UUID, MentorAssignment> byMentee = new java.util.LinkedHashMap<>();
        scope.me().map(me -> assignments.activeOf(me, today)).orElse(List.of())
                .forEach(a -> byMentee.merge(a.menteeId, a, (x, y) -> x.since.isAfter(y.since) ? y : x));
        return byMentee.values().stream()
                .map(a -> {
                    List<MentoringVisit> theirs = visitRepository.ofMentee(a.menteeId);
                    LocalDate last = theirs.stream().filter(MentoringVisit::isSubmitted).map(v -> v.date)
                            .max(Comparator.naturalOrder()).orElse(null);
                    int open = visits.openActionPoints(a.menteeId, today.plusYears(100), null).size();
                    return new VisitApi.MenteeView(a.menteeId, visits.person(a.menteeId).name(), a.since, last, open);
                })
                .sorted(Comparator.comparing(VisitApi.MenteeView::name)).toList();
    }

    public List<VisitApi.ActionPointView> openActionPoints(UUID personId, LocalDate before) {
        if (!scope.canSee(personId)) {
            throw ApiProblem.notFound("Person " + personId);
        }
        return visits.openActionPoints(personId, before.plusYears(100), null);
    }
}
