package org.cadre.mentoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of the mentoring API. */
public final class VisitApi {

    private VisitApi() {
    }

    /** A visit as the client sends it (create or edit). {@code version} is the one the client last saw. */
    public record VisitRequest(
            @NotNull LocalDate date,
            UUID siteId,
            @NotNull @Pattern(regexp = "on-site|remote|group") String mode,
            @Pattern(regexp = "draft|submitted") String status,
            UUID frameworkVersionId,
            @NotEmpty List<@NotNull UUID> mentees,
            List<@Valid ObservationInput> observations,
            @Size(max = 4000) String strengths,
            List<@Valid ActionPointInput> actionPoints,
            Integer version) {
    }

    public record ObservationInput(@NotNull UUID personId, @NotNull UUID competencyId, @NotNull Integer level,
                                   @Size(max = 2000) String note) {
    }

    public record ActionPointInput(UUID id, UUID personId, @NotBlank @Size(max = 2000) String text, LocalDate dueOn,
                                   @Pattern(regexp = "open|done|dropped") String status) {
    }

    public record CorrectionRequest(@NotBlank @Size(max = 2000) String reason,
                                    @NotEmpty List<@Valid ObservationInput> observations,
                                    @Size(max = 4000) String strengths) {
    }

    public record StatusRequest(@NotNull @Pattern(regexp = "open|done|dropped") String status) {
    }

    public record AssignmentRequest(@NotNull UUID mentorId, @NotNull UUID menteeId, @NotNull LocalDate since,
                                    LocalDate until) {
    }

    public record AssignmentView(UUID id, UUID mentorId, UUID menteeId, LocalDate since, LocalDate until) {
    }

    public record VisitView(UUID id, int version, UUID mentorId, String mentorName, LocalDate date, UUID siteId,
                            String mode, String status, UUID frameworkVersionId, List<Person> mentees,
                            List<ObservationView> observations, String strengths, List<ActionPointView> actionPoints,
                            List<ActionPointView> previousOpenActionPoints, Instant submittedAt) {
    }

    public record Person(UUID id, String name) {
    }

    public record ObservationView(UUID personId, UUID competencyId, String competencyCode, int level, String note) {
    }

    public record ActionPointView(UUID id, UUID visitId, LocalDate visitDate, UUID personId, String text,
                                  LocalDate dueOn, String status) {
    }

    public record VisitSummary(UUID id, LocalDate date, String mode, String status, List<Person> mentees) {
    }

    public record MenteeView(UUID id, String name, LocalDate since, LocalDate lastVisit, int openActionPoints) {
    }
}
