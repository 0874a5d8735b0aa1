package org.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** iCalendar feeds of sessions: per cohort (who may read the cohort) and per trainer. */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Inject
    CohortScope scope;

    @Inject
    CohortRepository cohorts;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    PersonRepository persons;

    @Inject
    AccessPolicy policy;

    public String ofCohort(UUID cohortId) {
        Cohort c = scope.readable(cohortId);
        List<IcsWriter.Event> events = sessions.ofCohort(c.id).stream().map(s -> event(s, c)).toList();
        return IcsWriter.calendar(c.name, Instant.now(), events);
    }

    /**
     * A trainer's sessions: the trainer themselves and admins see all of them; others see the sessions of
     * the cohorts they may read. A trainer with no visible session and who is not the caller is 404.
     */
    public String ofTrainer(UUID personId) {
        Person trainer = persons.findByIdOptional(personId)
                .orElseThrow(() -> ApiProblem.notFound("Trainer " + personId));
        boolean self = scope.me().map(personId::equals).orElse(false);
        Map<UUID, Cohort> cache = new HashMap<>();
        List<IcsWriter.Event> events = new ArrayList<>();
        for (TrainingSession s : sessions.trainedBy(personId)) {
            Cohort c = cache.computeIfAbsent(s.cohortId, cohorts::findById);
            if (self || scope.canRead(c)) {
                events.add(event(s, c));
            }
        }
        boolean visible = self || policy.seesEverything()
                || scope.visible().stream().anyMatch(c -> c.trainers.contains(personId));
        if (!visible) {
            throw ApiProblem.notFound("Trainer " + personId);
        }
        return IcsWriter.calendar(trainer.fullName(), Instant.now(), events);
    }

    private IcsWriter.Event event(TrainingSession s, Cohort c) {
        StringBuilder description = new StringBuilder();
        description.append(c.name).append('\n');
        if (s.module != null) {
            description.append(s.module).append('\n');
        }
        description.append(s.localStart.format(LOCAL)).append(" \u2013 ").append(s.localEnd.format(LOCAL))
                .append(' ').append(s.timeZone);
        if (!s.competencies.isEmpty()) {
            description.append('\n').append(String.join(", ", s.competencies));
        }
        return new IcsWriter.Event(s.id + "@cadre", s.version, s.startsAt, s.endsAt, s.title, s.venue,
                description.toString(), List.copyOf(s.competencies));
    }
}
