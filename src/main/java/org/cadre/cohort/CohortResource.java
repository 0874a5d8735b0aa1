package org.cadre.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Cohorts, their sessions, enrolment and attendance rates. Admins: all; master trainers: the cohorts
 * they train (read and change); programme managers: their countries' cohorts (read only). Others 403;
 * out-of-scope cohorts 404.
 */
@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    SchedulingSessions scheduling;

    @Inject
    RecordingAttendance attendance;

    @Inject
    CalendarFeeds calendars;

    @GET
    public List<CohortApi.CohortView> list() {
        return cohorts.visible().stream().map(cohorts::view).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CohortApi.NewCohort request) {
        Cohort c = cohorts.create(request);
        return Response.created(URI.create("/api/v1/cohorts/" + c.id)).entity(cohorts.view(c.id)).build();
    }

    @GET
    @Path("{id}")
    public CohortApi.CohortView get(@PathParam("id") UUID id) {
        return cohorts.view(id);
    }

    @GET
    @Path("{id}/sessions")
    public List<CohortApi.SessionView> sessions(@PathParam("id") UUID id) {
        return scheduling.ofCohort(id);
    }

    /** 201 with the session and warnings; 409 naming the other session when a trainer or the venue is taken. */
    @POST
    @Path("{id}/sessions")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") UUID id, @Valid @NotNull CohortApi.NewSession request) {
        CohortApi.Scheduled scheduled = scheduling.schedule(id, request);
        return Response.created(URI.create("/api/v1/sessions/" + scheduled.session().id())).entity(scheduled).build();
    }

    @GET
    @Path("{id}/enrolments")
    public List<CohortApi.EnrolmentView> enrolments(@PathParam("id") UUID id) {
        return cohorts.enrolments(id);
    }

    /** 201 enrolled, or waitlisted when the cohort is full; 409 when the person is already in it. */
    @POST
    @Path("{id}/enrolments")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(@PathParam("id") UUID id, @Valid @NotNull CohortApi.NewEnrolment request) {
        CohortApi.EnrolmentView e = cohorts.enrol(id, request.personId());
        return Response.created(URI.create("/api/v1/cohorts/" + id + "/enrolments/" + e.personId())).entity(e).build();
    }

    /** Withdraws the person; the first on the waiting list takes the seat. */
    @DELETE
    @Path("{id}/enrolments/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    public CohortApi.EnrolmentView withdraw(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return cohorts.withdraw(id, personId);
    }

    @GET
    @Path("{id}/attendance-rates")
    public CohortApi.CohortRates rates(@PathParam("id") UUID id) {
        return attendance.rates(id);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(IcsWriter.MEDIA_TYPE)
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(calendars.ofCohort(id), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"cohort-" + id + ".ics\"").build();
    }
}
