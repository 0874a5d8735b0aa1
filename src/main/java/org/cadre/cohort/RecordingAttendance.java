package org.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Taking attendance for a whole session at once, and the rates that follow. The first recording of an
 * enrolee in a session is the record; every later change writes an {@link AttendanceCorrection}
 * (who, when, before, after) in the same transaction. A sheet with one wrong line changes nothing.
 */
@ApplicationScoped
@Transactional
public class RecordingAttendance {

    @Inject
    CohortScope scope;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AttendanceRepository attendance;

    @Inject
    AttendanceCorrectionRepository corrections;

    @Inject
    PersonRepository persons;

    @Inject
    SchedulingSessions scheduling;

    @Inject
    CurrentUser user;

    TrainingSession readableSession(UUID sessionId) {
        TrainingSession s = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ApiProblem.notFound("Session " + sessionId));
        try {
            scope.readable(s.cohortId);
        } catch (ApiProblem e) {
            throw ApiProblem.notFound("Session " + sessionId);
        }
        return s;
    }

    public CohortApi.SessionAttendance sheet(UUID sessionId) {
        TrainingSession s = readableSession(sessionId);
        Map<UUID, Attendance> recorded = attendance.ofSession(s.id).stream()
                .collect(Collectors.toMap(a -> a.personId, Function.identity()));
        List<UUID> people = new ArrayList<>(enrolments.seated(s.cohortId).stream().map(e -> e.personId).toList());
        // someone recorded then withdrawn still appears, so the record stays visible
        recorded.keySet().stream().filter(id -> !people.contains(id)).forEach(people::add);
        List<CohortApi.AttendanceLine> lines = persons.byIds(people).stream().map(p -> {
            Attendance a = recorded.get(p.id);
            return new CohortApi.AttendanceLine(p.id, p.fullName(), a == null ? null : a.status,
                    a == null ? null : a.minutes, a == null ? null : a.recordedBy, a == null ? null : a.recordedAt);
        }).toList();
        return new CohortApi.SessionAttendance(scheduling.view(s), lines);
    }

    public CohortApi.SessionAttendance record(UUID sessionId, List<CohortApi.AttendanceEntry> entries) {
        TrainingSession s = readableSession(sessionId);
        scope.writable(s.cohortId);
        int sessionMinutes = s.durationMinutes();
        Set<UUID> seated = enrolments.seated(s.cohortId).stream().map(e -> e.personId).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CohortApi.AttendanceEntry e = entries.get(i);
            String at = "entries[" + i + "].";
            if (!Attendance.STATUSES.contains(e.status())) {
                errors.add(new Problem.FieldError(at + "status", "must be one of " + Attendance.STATUSES));
                continue;
            }
            if (!seated.contains(e.personId())) {
                errors.add(new Problem.FieldError(at + "personId", "is not enrolled in this cohort"));
            }
            if (!seen.add(e.personId())) {
                errors.add(new Problem.FieldError(at + "personId", "appears twice"));
            }
            String minutesProblem = AttendancePolicy.checkMinutes(e.status(), e.minutes(), sessionMinutes);
            if (minutesProblem != null) {
                errors.add(new Problem.FieldError(at + "minutes", minutesProblem));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors.stream().map(f -> f.field() + " " + f.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        Instant now = Instant.now();
        String who = user.getUsername();
        for (CohortApi.AttendanceEntry e : entries) {
            int minutes = AttendancePolicy.minutes(e.status(), e.minutes(), sessionMinutes);
            Attendance a = attendance.of(s.id, e.personId()).orElse(null);
            if (a == null) {
                a = new Attendance();
                a.id = UUID.randomUUID();
                a.sessionId = s.id;
                a.personId = e.personId();
                a.status = e.status();
                a.minutes = minutes;
                a.recordedBy = who;
                a.recordedAt = now;
                attendance.persist(a);
            } else if (!a.status.equals(e.status()) || a.minutes != minutes) {
                AttendanceCorrection c = new AttendanceCorrection();
                c.id = UUID.randomUUID();
                c.attendanceId = a.id;
                c.changedBy = who;
                c.changedAt = now;
                c.beforeStatus = a.status;
                c.beforeMinutes = a.minutes;
                c.afterStatus = e.status();
                c.afterMinutes = minutes;
                corrections.persist(c);
                a.status = e.status();
                a.minutes = minutes;
                a.recordedBy = who;
                a.recordedAt = now;
            }
        }
        attendance.flush();
        return sheet(sessionId);
    }

    public List<CohortApi.CorrectionView> corrections(UUID sessionId) {
        TrainingSession s = readableSession(sessionId);
        Map<UUID, Attendance> records = attendance.ofSession(s.id).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, String> names = persons.byIds(records.values().stream().map(a -> a.personId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Person::fullName));
        return corrections.ofSession(s.id).stream().map(c -> {
            UUID personId = records.get(c.attendanceId).personId;
            return new CohortApi.CorrectionView(personId, names.get(personId), c.changedBy, c.changedAt,
                    c.beforeStatus, c.beforeMinutes, c.afterStatus, c.afterMinutes);
        }).toList();
    }

    public CohortApi.CohortRates rates(UUID cohortId) {
        Cohort c = scope.readable(cohortId);
        List<Attendance> all = attendance.ofCohort(c.id);
        Map<UUID, List<Attendance>> byPerson = all.stream().collect(Collectors.groupingBy(a -> a.personId));
        List<UUID> people = new ArrayList<>(enrolments.seated(c.id).stream().map(e -> e.personId).toList());
        byPerson.keySet().stream().filter(id -> !people.contains(id)).forEach(people::add);
        List<CohortApi.TraineeRate> trainees = persons.byIds(people).stream().map(p -> {
            List<Attendance> mine = byPerson.getOrDefault(p.id, List.of());
            List<String> statuses = mine.stream().map(a -> a.status).toList();
            return new CohortApi.TraineeRate(p.id, p.fullName(), count(statuses, "present"), count(statuses, "late"),
                    count(statuses, "absent"), count(statuses, "excused"),
                    mine.stream().mapToInt(a -> a.minutes).sum(), AttendancePolicy.rate(statuses));
        }).toList();
        return new CohortApi.CohortRates(c.id, (int) sessions.count("cohortId", c.id),
                AttendancePolicy.rate(all.stream().map(a -> a.status).toList()), trainees);
    }

    /**
     * Attendance rate of each person with attendance in a cohort (null when no session counts yet), with
     * no scope check: for features (certification) that checked the cohort's scope themselves.
     */
    public Map<UUID, java.math.BigDecimal> rateOfEachPerson(UUID cohortId) {
        Map<UUID, java.math.BigDecimal> result = new java.util.HashMap<>();
        attendance.ofCohort(cohortId).stream().collect(Collectors.groupingBy(a -> a.personId))
                .forEach((person, list) -> result.put(person, AttendancePolicy.rate(list.stream().map(a -> a.status).toList())));
        return result;
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }
}
