package org.cadre.cohort;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.geo.Countries;
import org.cadre.geo.RegionRepository;
import org.cadre.people.Person;
import org.cadre.people.PersonProfileRepository;
import org.cadre.people.PersonRepository;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pages for master trainers: my cohorts, a new cohort, a cohort with its sessions and enrolment. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class CohortPage {

    /** Zones offered by the form (any IANA id may be typed). */
    static final List<String> ZONES = List.of("Africa/Porto-Novo", "Africa/Lome", "Africa/Ouagadougou", "Africa/Niamey",
            "Africa/Abidjan", "Africa/Dakar", "Africa/Bamako", "Africa/Douala", "Europe/Chisinau", "Europe/Bucharest",
            "Asia/Ho_Chi_Minh", "America/Monterrey", "America/Mexico_City", "UTC");

    public record Option(String value, String label) {
    }

    public record Detail(CohortApi.CohortView cohort, List<CohortApi.SessionView> sessions,
                         List<CohortApi.EnrolmentView> enrolments, List<Option> candidates, CohortApi.CohortRates rates) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CohortApi.CohortView> cohorts, boolean canCreate, boolean trainer);

        static native TemplateInstance create(List<Option> programmes, List<Option> countries, List<Option> regions,
                                              List<Option> trainers, List<String> zones, String error);

        static native TemplateInstance detail(Detail d, String notice, List<String> warnings, String error);
    }

    @Inject
    CohortService cohorts;

    @Inject
    SchedulingSessions scheduling;

    @Inject
    RecordingAttendance attendance;

    @Inject
    PersonRepository persons;

    @Inject
    PersonProfileRepository profiles;

    @Inject
    CohortScope scope;

    @Inject
    CalendarFeeds calendars;

    @Inject
    RegionRepository regions;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    AccessPolicy policy;

    @Inject
    Locales locales;

    @GET
    public TemplateInstance list() {
        List<CohortApi.CohortView> mine = cohorts.visible().stream().map(cohorts::view).toList();
        return Templates.list(mine, policy.mayCreateCohorts(), policy.trainerMe().isPresent());
    }

    /** The cohort's sessions as an iCalendar file, for the signed-in browser (the API needs a bearer token). */
    @GET
    @Path("{id}/calendar.ics")
    @Produces({IcsWriter.MEDIA_TYPE, MediaType.TEXT_HTML}) // browsers ask for HTML; the answer is text/calendar
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(calendars.ofCohort(id), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cohort-" + id + ".ics\"").build();
    }

    /** The signed-in trainer's own sessions as an iCalendar file. */
    @GET
    @Path("my-calendar.ics")
    @Produces({IcsWriter.MEDIA_TYPE, MediaType.TEXT_HTML}) // browsers ask for HTML; the answer is text/calendar
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    public Response myCalendar() {
        UUID me = scope.me().orElseThrow(() -> ApiProblem.notFound("Your trainer calendar"));
        return Response.ok(calendars.ofTrainer(me), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"my-sessions.ics\"").build();
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    public TemplateInstance form() {
        return createForm(null);
    }

    private TemplateInstance createForm(String error) {
        List<Option> countries = (policy.seesEverything()
                ? Countries.all(locales.current()).stream().map(c -> new Option(c.code(), c.name()))
                : policy.myCountriesOrAll().stream().map(c -> new Option(c, Countries.name(c, locales.current()))))
                .toList();
        UUID me = scope.me().orElse(null);
        Set<UUID> trainerIds = profiles.list("kind", "trainer").stream().map(p -> p.personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Option> trainers = persons.byIds(trainerIds).stream()
                .filter(p -> policy.inMyCountries(p.countryCode))
                .filter(p -> !p.id.equals(me))
                .map(p -> new Option(p.id.toString(), p.fullName() + " (" + p.countryCode + ")"))
                .toList();
        List<Option> offered = (policy.seesEverything() ? programmes.allByName() : programmes.inCountries(policy.myCountriesOrAll()))
                .stream().map(p -> new Option(p.id.toString(), p.name)).toList();
        List<Option> regionOptions = (policy.seesEverything() ? regions.list("order by countryCode, name")
                : policy.myCountriesOrAll().stream().flatMap(c -> regions.ofCountry(c).stream()).toList())
                .stream().map(r -> new Option(r.id.toString(), r.countryCode + " · " + r.name)).toList();
        return Templates.create(offered, countries, regionOptions, trainers, ZONES, error);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String programmeId, @RestForm String name, @RestForm String country,
                           @RestForm String regionId, @RestForm String venue,
                           @RestForm String timeZone, @RestForm String language, @RestForm String startsOn,
                           @RestForm String endsOn, @RestForm String capacity, @RestForm List<String> trainerIds) {
        try {
            CohortApi.NewCohort request = new CohortApi.NewCohort(uuid(programmeId, "programmeId"), required(name, "name"), required(country, "country"),
                    regionId == null || regionId.isBlank() ? null : uuid(regionId, "regionId"), venue,
                    required(timeZone, "timeZone"), language, date(startsOn, "startsOn"),
                    date(endsOn, "endsOn"), number(capacity, "capacity"), uuids(trainerIds));
            Cohort c = cohorts.create(request);
            return Response.seeOther(URI.create("/cohorts/" + c.id)).build();
        } catch (ApiProblem e) {
            if (e.status() != 400) {
                throw e;
            }
            return Response.status(400).entity(createForm(e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id) {
        return Templates.detail(detailOf(id), null, List.of(), null);
    }

    private Detail detailOf(UUID id) {
        CohortApi.CohortView view = cohorts.view(id);
        List<Option> candidates = view.canChange()
                ? cohorts.candidates(id).stream().map(p -> new Option(p.id.toString(), label(p))).toList()
                : List.of();
        return new Detail(view, scheduling.ofCohort(id), cohorts.enrolments(id), candidates, attendance.rates(id));
    }

    private static String label(Person p) {
        return p.familyName + ", " + p.givenName;
    }

    @POST
    @Path("{id}/sessions")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") UUID id, @RestForm String title, @RestForm String module,
                             @RestForm String venue, @RestForm String date, @RestForm String startTime,
                             @RestForm String endTime, @RestForm List<String> trainerIds,
                             @RestForm String competencies) {
        try {
            LocalDate day = date(date, "date");
            LocalDateTime start = LocalDateTime.of(day, time(startTime, "startTime"));
            LocalDateTime end = LocalDateTime.of(day, time(endTime, "endTime"));
            Set<String> codes = competencies == null ? Set.of() : Arrays.stream(competencies.split("[,;\\s]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            CohortApi.Scheduled scheduled = scheduling.schedule(id, new CohortApi.NewSession(required(title, "title"),
                    module, venue, start, end, uuids(trainerIds), codes));
            return Response.status(201).entity(Templates.detail(detailOf(id), scheduled.session().title(),
                    scheduled.warnings(), null)).build();
        } catch (ApiProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.detail(detailOf(id), null, List.of(), e.getMessage()))
                    .build();
        }
    }

    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@PathParam("id") UUID id, @RestForm String personId) {
        try {
            UUID person = uuid(personId, "personId");
            CohortApi.EnrolmentView enrolled = cohorts.enrol(id, person);
            if (!enrolled.warnings().isEmpty()) {
                return Response.status(201).entity(Templates.detail(detailOf(id), null, enrolled.warnings(), null)).build();
            }
            return Response.seeOther(URI.create("/cohorts/" + id + "#enrolment")).build();
        } catch (ApiProblem e) {
            if (e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.detail(detailOf(id), null, List.of(), e.getMessage()))
                    .build();
        }
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid(field, field + ": must not be blank");
        }
        return value.strip();
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, field + ": not a date (yyyy-mm-dd)");
        }
    }

    static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, field + ": not a time (hh:mm)");
        }
    }

    static Integer number(String value, String field) {
        try {
            int n = Integer.parseInt(required(value, field));
            if (n < 1) {
                throw ApiProblem.invalid(field, field + ": must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, field + ": not a number");
        }
    }

    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(required(value, field));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, field + ": unknown");
        }
    }

    static List<UUID> uuids(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> uuid(v, "trainerIds")).toList();
    }
}
