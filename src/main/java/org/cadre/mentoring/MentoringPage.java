package org.cadre.mentoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cadre.assessment.EvidenceScope;
import org.cadre.assessment.PersonDirectory;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The mentor's pages: their mentees and visits, and the visit form — one mentee per form, plain HTML
 * (no script), large touch targets, a single POST; the id is created with the form, so sending the
 * same form twice (a retry on a weak connection) records the visit once.
 */
@Path("/mentoring")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MENTOR})
public class MentoringPage {

    record Site(UUID id, String name) {
    }

    record Step(int position, String label) {
    }

    record Line(UUID competencyId, String code, String statement, Integer level, String note) {
    }

    record Point(String text, LocalDate due) {
    }

    record Form(UUID id, Integer version, boolean editable, String status, VisitApi.Person mentee, UUID frameworkVersionId,
                LocalDate date, String mode, UUID siteId, List<Site> sites, List<Step> scale, List<Line> lines,
                String strengths, List<Point> actionPoints, List<VisitApi.ActionPointView> previous) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<VisitApi.MenteeView> mentees, List<VisitApi.VisitSummary> visits);

        static native TemplateInstance visit(Form form, List<String> modes, List<String> statuses);
    }

    @Inject
    MentoringService mentoring;

    @Inject
    VisitService visits;

    @Inject
    VisitRepository repository;

    @Inject
    EvidenceScope scope;

    @Inject
    PersonDirectory people;

    @Inject
    CompetencyRepository competencies;

    @Inject
    Locales locales;

    @GET
    public TemplateInstance home() {
        return Templates.home(mentoring.myMentees(), visits.mine());
    }

    @GET
    @Path("/visits/new")
    @Transactional
    public TemplateInstance newVisit(@QueryParam("mentee") UUID mentee) {
        if (mentee == null || !scope.canRate(mentee, "visit")) {
            throw ApiProblem.notFound("Person " + mentee);
        }
        UUID version = people.enrolments(mentee).stream().map(PersonDirectory.Enrolled::frameworkVersionId)
                .findFirst().orElseThrow(() -> ApiProblem.invalid("mentee", "the mentee is not enrolled in any programme"));
        LocalDate today = LocalDate.now();
        return Templates.visit(form(UUID.randomUUID(), null, true, "draft", mentee, version, today, "on-site", null,
                "", Map.of(), Map.of(), List.of(), visits.openActionPoints(mentee, today, null)), MentoringVisit.MODES, ActionPoint.STATUSES);
    }

    @GET
    @Path("/visits/{id}")
    @Transactional
    public TemplateInstance visit(@PathParam("id") UUID id) {
        VisitApi.VisitView v = visits.get(id);
        boolean editable = "draft".equals(v.status()) && scope.me().map(v.mentorId()::equals).orElse(false);
        UUID mentee = v.mentees().get(0).id();
        Map<UUID, Integer> levels = new java.util.HashMap<>();
        Map<UUID, String> notes = new java.util.HashMap<>();
        v.observations().stream().filter(o -> o.personId().equals(mentee)).forEach(o -> {
            levels.put(o.competencyId(), o.level());
            notes.put(o.competencyId(), o.note());
        });
        List<Point> points = v.actionPoints().stream().map(a -> new Point(a.text(), a.dueOn())).toList();
        return Templates.visit(form(v.id(), v.version(), editable, v.status(), mentee, v.frameworkVersionId(), v.date(),
                v.mode(), v.siteId(), v.strengths(), levels, notes, points, v.previousOpenActionPoints()),
                MentoringVisit.MODES, ActionPoint.STATUSES);
    }

    @POST
    @Path("/visits/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        UUID mentee = uuid(form.getFirst("mentee"));
        if (mentee == null) {
            throw ApiProblem.invalid("mentee", "choose a mentee");
        }
        List<VisitApi.ObservationInput> observations = new ArrayList<>();
        form.forEach((key, values) -> {
            if (key.startsWith("level.") && values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                UUID competency = uuid(key.substring("level.".length()));
                String note = form.getFirst("note." + competency);
                observations.add(new VisitApi.ObservationInput(mentee, competency, integer(values.get(0), key),
                        note == null ? "" : note.strip()));
            }
        });
        List<VisitApi.ActionPointInput> points = new ArrayList<>();
        for (int i = 0; form.containsKey("ap.text." + i); i++) {
            String text = form.getFirst("ap.text." + i);
            if (text != null && !text.isBlank()) {
                String due = form.getFirst("ap.due." + i);
                points.add(new VisitApi.ActionPointInput(null, mentee, text.strip(),
                        due == null || due.isBlank() ? null : date(due, "ap.due." + i), "open"));
            }
        }
        String version = form.getFirst("version");
        VisitApi.VisitRequest request = new VisitApi.VisitRequest(date(form.getFirst("date"), "date"),
                uuid(form.getFirst("siteId")), mode(form.getFirst("mode")),
                "submitted".equals(form.getFirst("action")) ? "submitted" : "draft", uuid(form.getFirst("frameworkVersionId")),
                List.of(mentee), observations, strip(form.getFirst("strengths")), points,
                version == null || version.isBlank() ? null : integer(version, "version"));
        visits.put(id, request, null);
        form.forEach((key, values) -> {
            if (key.startsWith("follow.") && values != null && !values.isEmpty()) {
                visits.followUp(uuid(key.substring("follow.".length())), values.get(0));
            }
        });
        return Response.seeOther(URI.create("/mentoring/visits/" + id)).build();
    }

    private Form form(UUID id, Integer version, boolean editable, String status, UUID mentee, UUID frameworkVersionId,
                      LocalDate date, String mode, UUID siteId, String strengths, Map<UUID, Integer> levels,
                      Map<UUID, String> notes, List<Point> points, List<VisitApi.ActionPointView> previous) {
        Locale locale = locales.current();
        FrameworkVersion fv = repository.getEntityManager().find(FrameworkVersion.class, frameworkVersionId);
        List<Step> scale = fv.scale.stream().map(s -> new Step(s.position, s.position + " · " + text(s.label, locale)))
                .toList();
        java.util.Set<UUID> selected = new java.util.HashSet<>();
        boolean all = false;
        for (PersonDirectory.Enrolled e : people.enrolments(mentee)) {
            if (e.frameworkVersionId().equals(frameworkVersionId)) {
                List<UUID> selection = people.selection(e.programmeId());
                all |= selection.isEmpty();
                selected.addAll(selection);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Competency c : competencies.ofVersion(frameworkVersionId)) {
            if (all || selected.contains(c.id) || levels.containsKey(c.id)) {
                lines.add(new Line(c.id, c.code, text(c.statement, locale), levels.get(c.id), notes.getOrDefault(c.id, "")));
            }
        }
        List<Point> withBlanks = new ArrayList<>(points);
        if (editable) {
            for (int i = 0; i < 3; i++) {
                withBlanks.add(new Point("", null));
            }
        }
        String country = people.find(mentee).map(PersonDirectory.PersonSummary::countryCode).orElse("");
        List<Site> sites = repository.sitesIn(country).stream().map(r -> new Site((UUID) r[0], (String) r[1])).toList();
        return new Form(id, version, editable, status, visits.person(mentee), frameworkVersionId, date, mode, siteId,
                sites, scale, lines, strengths, withBlanks, previous);
    }

    private static String text(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en", ""));
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("id", "not a valid id: " + value);
        }
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "not a number");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid(field, "not a date (yyyy-mm-dd)");
        }
    }

    private static String mode(String value) {
        if (value == null || !MentoringVisit.MODES.contains(value)) {
            throw ApiProblem.invalid("mode", "choose on-site, remote or group");
        }
        return value;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
