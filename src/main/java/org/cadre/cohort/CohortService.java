package org.cadre.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.geo.Countries;
import org.cadre.geo.Region;
import org.cadre.geo.RegionRepository;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating cohorts, reading them, and enrolment with a waiting list when the cohort is full. */
@ApplicationScoped
@Transactional
public class CohortService {

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    @Inject
    PersonRepository persons;

    @Inject
    RegionRepository regions;

    @Inject
    CohortScope scope;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    SchedulingSessions scheduling;

    @Inject
    AccessPolicy policy;

    public Cohort create(CohortApi.NewCohort r) {
        String country = r.country() == null ? "" : r.country().strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(country)) {
            throw ApiProblem.invalid("country", "unknown country " + r.country());
        }
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ApiProblem.invalid("endsOn", "must not be before startsOn");
        }
        ZoneId zone = zone(r.timeZone());
        Programme programme = programmes.findByIdOptional(r.programmeId())
                .orElseThrow(() -> ApiProblem.invalid("programmeId", "no such programme"));
        if (!programme.countries.isEmpty() && !programme.countries.contains(country)) {
            throw ApiProblem.invalid("country", "the programme " + programme.name + " does not run in " + country);
        }
        if (r.regionId() != null) {
            Region region = regions.findByIdOptional(r.regionId())
                    .orElseThrow(() -> ApiProblem.invalid("regionId", "no such region"));
            if (!region.countryCode.equals(country)) {
                throw ApiProblem.invalid("regionId", "the region is not in " + country);
            }
        }
        Set<UUID> trainers = new LinkedHashSet<>(r.trainerIds() == null ? List.of() : r.trainerIds());
        if (!policy.seesEverything()) {
            // A master trainer creates cohorts they train, in their countries.
            UUID me = scope.me().orElseThrow(() -> ApiProblem.invalid("trainerIds",
                    "your account is not linked to a person yet; ask an administrator"));
            if (!policy.inMyCountries(country)) {
                throw ApiProblem.invalid("country", "is not one of your countries");
            }
            trainers.add(me);
        }
        if (trainers.isEmpty()) {
            throw ApiProblem.invalid("trainerIds", "a cohort needs at least one trainer");
        }
        if (persons.byIds(trainers).size() != trainers.size()) {
            throw ApiProblem.invalid("trainerIds", "unknown person among the trainers");
        }
        Cohort c = new Cohort();
        c.id = UUID.randomUUID();
        c.programmeId = programme.id;
        c.name = r.name().strip();
        c.countryCode = country;
        c.regionId = r.regionId();
        c.venue = r.venue() == null || r.venue().isBlank() ? null : r.venue().strip();
        c.timeZone = zone.getId();
        c.language = r.language() == null || r.language().isBlank() ? "en" : r.language().strip();
        c.startsOn = r.startsOn();
        c.endsOn = r.endsOn();
        c.capacity = r.capacity();
        c.trainers.addAll(trainers);
        c.createdAt = Instant.now();
        cohorts.persist(c);
        return c;
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw ApiProblem.invalid("timeZone", "unknown time zone " + id + " (use an IANA id such as Africa/Porto-Novo)");
        }
    }

    public List<Cohort> visible() {
        return scope.visible();
    }

    public CohortApi.CohortView view(UUID id) {
        return view(scope.readable(id));
    }

    CohortApi.CohortView view(Cohort c) {
        // counted by the database: a national roster holds ten thousand enrolments, none of which is needed here
        Map<String, Long> counts = enrolments.countsByStatus(c.id);
        long seated = counts.getOrDefault(Enrolment.ENROLLED, 0L) + counts.getOrDefault(Enrolment.COMPLETED, 0L);
        long waiting = counts.getOrDefault(Enrolment.WAITLISTED, 0L);
        String programme = programmes.findByIdOptional(c.programmeId).map(p -> p.name).orElse(null);
        return new CohortApi.CohortView(c.id, c.programmeId, programme, c.name, c.countryCode, c.regionId, c.venue, c.timeZone,
                c.language, c.startsOn, c.endsOn, c.capacity, refs(c.trainers), seated, waiting, scope.canWrite(c));
    }

    List<CohortApi.PersonRef> refs(Set<UUID> ids) {
        return persons.byIds(ids).stream().map(p -> new CohortApi.PersonRef(p.id, p.fullName())).toList();
    }

    /**
     * Enrols a person: a seat while there is one, else the waiting list. The cohort row is locked first
     * (SELECT … FOR UPDATE), so two enrolments at once cannot both take the last seat.
     */
    public CohortApi.EnrolmentView enrol(UUID cohortId, UUID personId) {
        return enrol(cohortId, personId, true);
    }

    /**
     * The same for a batch (a participant import), which shows no per-person timetable warnings: the
     * overlap check is the costliest step of an enrolment and its result would be thrown away.
     */
    public CohortApi.EnrolmentView enrolWithoutWarnings(UUID cohortId, UUID personId) {
        return enrol(cohortId, personId, false);
    }

    private CohortApi.EnrolmentView enrol(UUID cohortId, UUID personId, boolean warnings) {
        scope.writable(cohortId);
        Cohort c = cohorts.lockedById(cohortId).orElseThrow(() -> ApiProblem.notFound("Cohort " + cohortId));
        Person p = persons.findByIdOptional(personId)
                .orElseThrow(() -> ApiProblem.invalid("personId", "no such person"));
        if (!policy.inMyCountries(p.countryCode)) {
            throw ApiProblem.invalid("personId", "no such person");
        }
        enrolments.of(c.id, p.id).ifPresent(e -> {
            throw ApiProblem.conflict(p.fullName() + " is already in this cohort (" + e.status + ")");
        });
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.cohortId = c.id;
        e.personId = p.id;
        long seated = seatsTaken(c.id);
        e.status = seated < c.capacity ? Enrolment.ENROLLED : Enrolment.WAITLISTED;
        e.enrolledAt = Instant.now();
        enrolments.persist(e);
        if (e.holdsSeat()) {
            transaction.putResource(seatsKey(c.id), seated + 1);
        }
        return new CohortApi.EnrolmentView(e.id, p.id, p.fullName(), e.status, e.enrolledAt,
                warnings ? scheduling.overlapsOf(p.id, c.id) : List.of());
    }

    /**
     * Enrols many persons at once (a participant import), in the list's order, by the rules of
     * {@link #enrol}: the caller must be able to change the cohort, whose row is locked; every person must
     * exist and be in the caller's countries; nobody may be in the cohort already or twice in the list
     * (409, nothing enrolled); seats go in order while there are any, then the waiting list, whose order
     * is the list's. Persons and existing enrolments are read with one statement each, the seats counted
     * once; no timetable warnings. The enrolments are written at the next flush.
     */
    public List<String> enrolAll(UUID cohortId, List<UUID> personIds) {
        scope.writable(cohortId);
        Cohort c = cohorts.lockedById(cohortId).orElseThrow(() -> ApiProblem.notFound("Cohort " + cohortId));
        if (personIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonRepository.Match> people = persons.briefly(personIds);
        Set<UUID> listed = new java.util.HashSet<>();
        for (UUID id : personIds) {
            PersonRepository.Match p = people.get(id);
            if (p == null || !policy.inMyCountries(p.countryCode())) {
                throw ApiProblem.invalid("personId", "no such person");
            }
            if (!listed.add(id)) {
                throw ApiProblem.conflict(p.givenName() + " " + p.familyName() + " is listed twice");
            }
        }
        enrolments.statuses(c.id, personIds).entrySet().stream().findFirst().ifPresent(e -> {
            PersonRepository.Match p = people.get(e.getKey());
            throw ApiProblem.conflict(p.givenName() + " " + p.familyName() + " is already in this cohort (" + e.getValue() + ")");
        });
        long seated = seatsTaken(c.id);
        Instant now = Instant.now();
        List<String> statuses = new java.util.ArrayList<>(personIds.size());
        for (int i = 0; i < personIds.size(); i++) {
            Enrolment e = new Enrolment();
            e.id = UUID.randomUUID();
            e.cohortId = c.id;
            e.personId = personIds.get(i);
            e.status = seated < c.capacity ? Enrolment.ENROLLED : Enrolment.WAITLISTED;
            // one microsecond apart (PostgreSQL's precision): the waiting list keeps the list's order
            e.enrolledAt = now.plusNanos(i * 1000L);
            enrolments.persist(e);
            if (e.holdsSeat()) {
                seated++;
            }
            statuses.add(e.status);
        }
        transaction.putResource(seatsKey(c.id), seated);
        return statuses;
    }

    /**
     * The enrolment status in a readable cohort of each of these persons that has one (one statement).
     */
    public Map<UUID, String> enrolmentStatuses(UUID cohortId, java.util.Collection<UUID> personIds) {
        Cohort c = scope.readable(cohortId);
        return personIds.isEmpty() ? Map.of() : enrolments.statuses(c.id, personIds);
    }

    /**
     * The seats taken in a cohort whose row this transaction holds locked ({@code lockedById}): counted
     * once, then kept up to date by {@link #enrol} in the same transaction — exact, because no other
     * transaction can enrol or withdraw until this one ends. An import of 10,000 participants counted
     * the growing enrolment list 10,000 times before.
     */
    private long seatsTaken(UUID cohortId) {
        Object known = transaction.getResource(seatsKey(cohortId));
        return known != null ? (Long) known : enrolments.seatsTaken(cohortId);
    }

    private static String seatsKey(UUID cohortId) {
        return "cadre.cohort.seats:" + cohortId;
    }

    /** Withdraws a person; the first on the waiting list takes the freed seat. */
    public CohortApi.EnrolmentView withdraw(UUID cohortId, UUID personId) {
        scope.writable(cohortId);
        Cohort c = cohorts.lockedById(cohortId).orElseThrow(() -> ApiProblem.notFound("Cohort " + cohortId));
        Enrolment e = enrolments.of(c.id, personId)
                .orElseThrow(() -> ApiProblem.notFound("Enrolment of " + personId));
        boolean freedSeat = e.holdsSeat();
        e.status = Enrolment.WITHDRAWN;
        transaction.putResource(seatsKey(c.id), null);
        enrolments.flush();
        if (freedSeat && enrolments.seatsTaken(c.id) < c.capacity) {
            enrolments.firstWaiting(c.id).ifPresent(next -> next.status = Enrolment.ENROLLED);
        }
        Person p = persons.findById(personId);
        return new CohortApi.EnrolmentView(e.id, personId, p.fullName(), e.status, e.enrolledAt);
    }

    public List<CohortApi.EnrolmentView> enrolments(UUID cohortId) {
        Cohort c = scope.readable(cohortId);
        List<Enrolment> list = enrolments.ofCohort(c.id);
        Map<UUID, Person> people = persons.byIds(list.stream().map(e -> e.personId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return list.stream()
                .map(e -> new CohortApi.EnrolmentView(e.id, e.personId, people.get(e.personId).fullName(), e.status,
                        e.enrolledAt))
                .toList();
    }

    /**
     * The persons holding a seat in a readable cohort, in enrolment order, read in one statement as plain rows (for
     * exports of national rosters; {@link #enrolments} loads every enrolment and person).
     */
    public List<CohortApi.SeatedTrainee> seatedTrainees(UUID cohortId) {
        Cohort c = scope.readable(cohortId);
        return enrolments.seatedTrainees(c.id);
    }

    /** The status of one person's enrolment in a readable cohort, without reading the whole list. */
    public Optional<String> enrolmentStatus(UUID cohortId, UUID personId) {
        Cohort c = scope.readable(cohortId);
        return enrolments.of(c.id, personId).map(e -> e.status);
    }

    /** Persons of the cohort's country not yet in it (for the enrolment form), by name. */
    public List<Person> candidates(UUID cohortId) {
        Cohort c = scope.writable(cohortId);
        Set<UUID> taken = enrolments.ofCohort(c.id).stream().map(e -> e.personId).collect(Collectors.toSet());
        return persons.list("countryCode = ?1 order by familyName, givenName", c.countryCode).stream()
                .filter(p -> !taken.contains(p.id) && !c.trainers.contains(p.id))
                .limit(500)
                .toList();
    }
}
