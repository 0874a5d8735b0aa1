package org.cadre.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of the reports. */
public final class ReportApi {

    private ReportApi() {
    }

    /** Who is counted: enrolees (enrolled or completed) of the programme's cohorts matching these filters. */
    public record Filters(UUID programme, UUID cohort, String country, UUID region, UUID organisation, String cadre,
                   LocalDate from, LocalDate to) {
    }

    /** One competency of the programme's selection: how far the population is from proficiency. */
    public record GapRow(String competency, String statement, long population, long assessed, long proficient,
                  double shareProficient, Double meanLevel, long notRated, long gap) {
    }

    public record GapReport(UUID programme, UUID frameworkVersion, long population, List<GapRow> items, int page, int size,
                     long total) {
    }

    /** A person of the population who is not proficient in a competency, and why. */
    record NeedRow(UUID person, String givenName, String familyName, String country, String cadre, Integer level,
                   String status) {
    }

    /** One country and competency: enrolees there, reached by a session covering it, assessed, proficient. */
    public record CoverageRow(String country, String competency, long population, long reached, long assessed,
                       long proficient) {
    }

    public record Coverage(UUID programme, List<CoverageRow> items, int page, int size, long total) {
    }

    record ProgrammeRef(UUID id, String name) {
    }

    record NeedList(UUID programme, String competency, List<NeedRow> items, int page, int size, long total) {
    }
}
