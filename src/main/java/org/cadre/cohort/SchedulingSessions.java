package org.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.framework.CompetencyRepository;
import org.cadre.people.PersonRepository;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.web.ApiProblem;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Scheduling a training session. Refuses (409, naming the other session) a trainer or a venue booked
 * twice at overlapping times; warns when an enrolee of the cohort is in another session at that time.
 *
 * <p>Concurrency: the check and the insert run in one transaction that first takes PostgreSQL
 * transaction-level advisory locks, one per trainer and one per venue (in a fixed order, so two
 * schedulers cannot deadlock). Another transaction booking the same trainer or venue waits until this
 * one commits, and its check (a new statement under READ COMMITTED) then sees this session. An
 * exclusion constraint would need a booking table per resource and btree_gist, and would only say
 * "violated" without naming the clash, so locks plus an explicit query were chosen.
 */
@ApplicationScoped
@Transactional
public class SchedulingSessions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @Inject
    CohortScope scope;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    PersonRepository persons;

    @Inject
    EntityManager em;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CompetencyRepository competencies;

    public CohortApi.Scheduled schedule(UUID cohortId, CohortApi.NewSession r) {
        Cohort cohort = scope.writable(cohortId);
        ZoneId zone = cohort.zone();
        Instant start = instant(r.start(), zone, "start");
        Instant end = instant(r.end(), zone, "end");
        if (!end.isAfter(start)) {
            throw ApiProblem.invalid("end", "must be after start");
        }
        if (r.start().toLocalDate().isBefore(cohort.startsOn) || r.end().toLocalDate().isAfter(cohort.endsOn)) {
            throw ApiProblem.invalid("start", "the session must fall within the cohort's dates ("
                    + cohort.startsOn + " to " + cohort.endsOn + ")");
        }
        Set<UUID> trainers = new LinkedHashSet<>(r.trainerIds() == null || r.trainerIds().isEmpty()
                ? cohort.trainers : r.trainerIds());
        if (!cohort.trainers.containsAll(trainers)) {
            throw ApiProblem.invalid("trainerIds", "every trainer of a session must be a trainer of the cohort");
        }
        checkCompetencies(cohort, r.competencies());
        String venue = r.venue() == null || r.venue().isBlank() ? cohort.venue : r.venue().strip();

        lock(trainers, venue);
        String clash = trainerClash(trainers, start, end);
        if (clash == null && venue != null) {
            clash = venueClash(venue, start, end);
        }
        if (clash != null) {
            throw ApiProblem.conflict(clash);
        }

        TrainingSession s = new TrainingSession();
        s.id = UUID.randomUUID();
        s.cohortId = cohort.id;
        s.title = r.title().strip();
        s.module = r.module() == null || r.module().isBlank() ? null : r.module().strip();
        s.venue = venue;
        s.timeZone = zone.getId();
        s.localStart = r.start();
        s.localEnd = r.end();
        s.startsAt = start;
        s.endsAt = end;
        s.trainers.addAll(trainers);
        if (r.competencies() != null) {
            r.competencies().stream().map(String::strip).filter(code -> !code.isEmpty()).forEach(s.competencies::add);
        }
        s.createdAt = Instant.now();
        sessions.persist(s);
        return new CohortApi.Scheduled(view(s), traineeWarnings(cohort.id, start, end));
    }

    /** When the programme selected competencies, a session may only cover those (by code). */
    private void checkCompetencies(Cohort cohort, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Programme programme = programmes.findById(cohort.programmeId);
        if (programme == null || programme.competencyIds.isEmpty()) {
            return;
        }
        Set<String> wanted = new TreeSet<>();
        codes.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(wanted::add);
        Set<String> allowed = new TreeSet<>();
        competencies.ofVersionWithCodes(programme.frameworkVersionId, wanted).stream()
                .filter(c -> programme.competencyIds.contains(c.id)).forEach(c -> allowed.add(c.code));
        wanted.removeAll(allowed);
        if (!wanted.isEmpty()) {
            throw ApiProblem.invalid("competencies", "not selected by the programme " + programme.name + ": "
                    + String.join(", ", wanted));
        }
    }

    /**
     * The instant of a wall-clock time in the zone. A time that does not exist there (skipped by the
     * spring daylight-saving change) is refused; an ambiguous autumn time takes the earlier offset.
     */
    static Instant instant(LocalDateTime local, ZoneId zone, String field) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw ApiProblem.invalid(field, local.format(WHEN) + " does not exist in " + zone.getId()
                    + " (clocks are put forward at that time)");
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private void lock(Set<UUID> trainers, String venue) {
        Set<String> keys = new TreeSet<>();
        trainers.forEach(t -> keys.add("trainer:" + t));
        if (venue != null) {
            keys.add("venue:" + venue.toLowerCase(Locale.ROOT));
        }
        for (String key : keys) {
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                    .setParameter("key", key).getSingleResult();
        }
    }

    private String trainerClash(Set<UUID> trainers, Instant start, Instant end) {
        return firstOverlap("p.given_name || ' ' || p.family_name", """
                        join session_trainer st on st.session_id = s.id
                        join person p on p.id = st.person_id
                        where st.person_id in (:who)""", trainers, start, end)
                .map(row -> "Trainer " + row[0] + " is already booked at that time: " + describe(row, 1)).orElse(null);
    }

    private String venueClash(String venue, Instant start, Instant end) {
        return firstOverlap("s.venue", "where cadre_fold(s.venue) = cadre_fold(:who)", venue, start, end)
                .map(row -> "The venue " + row[0] + " is already booked at that time: " + describe(row, 1)).orElse(null);
    }

    /**
     * The earliest session overlapping [start, end) that the condition selects (it binds {@code :who}):
     * who or what is booked, then the session's title, cohort, local start, local end and zone.
     */
    private java.util.Optional<Object[]> firstOverlap(String booked, String condition, Object who, Instant start,
                                                      Instant end) {
        List<?> rows = em.createNativeQuery("select " + booked + """
                        , s.title, c.name, s.local_start, s.local_end, s.time_zone
                        from training_session s join cohort c on c.id = s.cohort_id
                        """ + condition + " and s.starts_at < :end and s.ends_at > :start order by s.starts_at limit 1")
                .setParameter("who", who)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast);
    }

    /** Enrolees of this cohort who are also seated in another cohort with a session at that time. */
    private List<String> traineeWarnings(UUID cohortId, Instant start, Instant end) {
        List<?> rows = em.createNativeQuery("""
                        select p.given_name || ' ' || p.family_name, s.title, c.name, s.local_start, s.local_end, s.time_zone
                        from enrolment mine
                        join enrolment other on other.person_id = mine.person_id and other.cohort_id <> mine.cohort_id
                        join training_session s on s.cohort_id = other.cohort_id
                        join cohort c on c.id = s.cohort_id
                        join person p on p.id = mine.person_id
                        where mine.cohort_id = :cohort and mine.status in ('enrolled', 'completed')
                          and other.status in ('enrolled', 'completed')
                          and s.starts_at < :end and s.ends_at > :start
                        order by p.family_name, s.starts_at""")
                .setParameter("cohort", cohortId)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<String> warnings = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            warnings.add("Trainee " + r[0] + " is also in another session at that time: " + describe(r, 1));
        }
        return warnings;
    }

    /**
     * For a person just enrolled in a cohort: the sessions of their other cohorts that overlap one of this
     * cohort's sessions (a warning, not a refusal: the trainer decides).
     */
    List<String> overlapsOf(UUID personId, UUID cohortId) {
        List<?> rows = em.createNativeQuery("""
                        select mine.title, other.title, c.name, other.local_start, other.local_end, other.time_zone
                        from training_session mine
                        join enrolment e on e.person_id = :person and e.cohort_id <> mine.cohort_id
                             and e.status in ('enrolled', 'completed')
                        join training_session other on other.cohort_id = e.cohort_id
                        join cohort c on c.id = other.cohort_id
                        where mine.cohort_id = :cohort and other.starts_at < mine.ends_at and other.ends_at > mine.starts_at
                        order by mine.starts_at""")
                .setParameter("person", personId)
                .setParameter("cohort", cohortId)
                .getResultList();
        List<String> warnings = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            warnings.add("Session \u201c" + r[0] + "\u201d overlaps another session of this trainee: " + describe(r, 1));
        }
        return warnings;
    }

    /** "“Title” (cohort Name), 2025-07-29 09:00–12:00 Europe/Chisinau" from title, cohort, start, end, zone. */
    private static String describe(Object[] row, int from) {
        LocalDateTime s = toLocal(row[from + 2]);
        LocalDateTime e = toLocal(row[from + 3]);
        String endText = s.toLocalDate().equals(e.toLocalDate()) ? e.format(TIME) : e.format(WHEN);
        return "\u201c" + row[from] + "\u201d (cohort " + row[from + 1] + "), " + s.format(WHEN) + "\u2013" + endText
                + " " + row[from + 4];
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    public List<CohortApi.SessionView> ofCohort(UUID cohortId) {
        Cohort c = scope.readable(cohortId);
        return sessions.ofCohort(c.id).stream().map(this::view).toList();
    }

    CohortApi.SessionView view(TrainingSession s) {
        List<CohortApi.PersonRef> trainers = persons.byIds(s.trainers).stream()
                .map(p -> new CohortApi.PersonRef(p.id, p.fullName())).toList();
        return new CohortApi.SessionView(s.id, s.cohortId, s.title, s.module, s.venue, s.timeZone, s.localStart,
                s.localEnd, s.startsAt, s.endsAt, s.durationMinutes(), trainers, Set.copyOf(s.competencies));
    }
}
