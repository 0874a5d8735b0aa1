package org.cadre.cohort;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The records the cohort API reads and writes (entities are never serialised). */
public final class CohortApi {

    private CohortApi() {
    }

    public record NewCohort(@NotNull UUID programmeId,
                            @NotBlank @Size(max = 300) String name,
                            @NotBlank String country,
                            UUID regionId,
                            @Size(max = 300) String venue,
                            @NotBlank @Size(max = 64) String timeZone,
                            @Size(max = 8) String language,
                            @NotNull LocalDate startsOn,
                            @NotNull LocalDate endsOn,
                            @NotNull @Min(1) @Max(10000) Integer capacity,
                            List<UUID> trainerIds) {
    }

    public record PersonRef(UUID id, String name) {
    }

    public record CohortView(UUID id, UUID programmeId, String programmeName, String name, String country, UUID regionId, String venue,
                             String timeZone, String language, LocalDate startsOn, LocalDate endsOn, int capacity,
                             List<PersonRef> trainers, long enrolled, long waitlisted, boolean canChange) {
    }

    /** Start and end are wall-clock times in the cohort's time zone. */
    public record NewSession(@NotBlank @Size(max = 300) String title,
                             @Size(max = 200) String module,
                             @Size(max = 300) String venue,
                             @NotNull LocalDateTime start,
                             @NotNull LocalDateTime end,
                             List<UUID> trainerIds,
                             Set<@Size(max = 40) String> competencies) {
    }

    public record SessionView(UUID id, UUID cohortId, String title, String module, String venue, String timeZone,
                              LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt,
                              int minutes, List<PersonRef> trainers, Set<String> competencies) {
    }

    /** A scheduled session, with warnings (e.g. a trainee booked elsewhere at the same time). */
    public record Scheduled(SessionView session, List<String> warnings) {
    }

    public record NewEnrolment(@NotNull UUID personId) {
    }

    public record EnrolmentView(UUID id, UUID personId, String name, String status, Instant enrolledAt,
                                List<String> warnings) {
        EnrolmentView(UUID id, UUID personId, String name, String status, Instant enrolledAt) {
            this(id, personId, name, status, enrolledAt, List.of());
        }
    }

    /** A person holding a seat in a cohort (enrolled or completed), read as a plain row for large exports. */
    public record SeatedTrainee(UUID personId, String givenName, String familyName) {
        /** The name as Cadre shows it (given, family), as {@code Person#fullName()}. */
        public String name() {
            return givenName + " " + familyName;
        }
    }

    public record AttendanceEntry(@NotNull UUID personId, @NotBlank String status, @Min(0) @Max(1440) Integer minutes) {
    }

    public record AttendanceSheet(@NotNull List<@NotNull @Valid AttendanceEntry> entries) {
    }

    public record AttendanceLine(UUID personId, String name, String status, Integer minutes, String recordedBy,
                                 Instant recordedAt) {
    }

    public record SessionAttendance(SessionView session, List<AttendanceLine> lines) {
    }

    public record CorrectionView(UUID personId, String name, String changedBy, Instant changedAt,
                                 String beforeStatus, int beforeMinutes, String afterStatus, int afterMinutes) {
    }

    /** Rate: (present + late) / (present + late + absent); excused sessions do not count; null when nothing counts. */
    public record TraineeRate(UUID personId, String name, int present, int late, int absent, int excused,
                              int minutes, BigDecimal rate) {
    }

    public record CohortRates(UUID cohortId, int sessions, BigDecimal rate, List<TraineeRate> trainees) {
    }
}
