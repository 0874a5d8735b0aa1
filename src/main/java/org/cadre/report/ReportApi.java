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
                   LocalDate from, LocalDate to, UUID frameworkVersion) {

        Filters(UUID programme, UUID cohort, String country, UUID region, UUID organisation, String cadre,
                LocalDate from, LocalDate to) {
            this(programme, cohort, country, region, organisation, cadre, from, to, null);
        }
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

    /**
     * One country and competency: enrolees there, reached by a session covering it (present or late, in one of
     * their counted cohorts), assessed and proficient now (the gap report's rule), certified (holding a valid,
     * unrevoked certificate of the programme that attests the competency).
     */
    public record CoverageRow(String country, String competency, long population, long reached, long assessed,
                       long proficient, long certified) {
    }

    /** The same figures for one region of a country (region null: cohorts without a region). */
    public record RegionRow(String country, UUID region, String regionName, String competency, long population, long reached,
                     long assessed, long proficient, long certified) {
    }

    public record RegionCoverage(UUID programme, List<RegionRow> items, int page, int size, long total) {
    }

    /**
     * Totals for one cadre: people counted, reached by at least one session covering a selected competency,
     * assessed in at least one, proficient in every selected competency, holding a valid certificate.
     */
    public record CadreRow(String cadre, long people, long reached, long assessed, long proficientInAll, long certified) {
    }

    public record CadreTotals(UUID programme, List<CadreRow> items) {
    }

    /**
     * One calendar quarter (its first day): distinct people who attended a session covering a selected
     * competency, received an assessor's rating of one, received a rating at a proficient level, were
     * issued a certificate of the programme (not revoked), in that quarter.
     */
    public record QuarterRow(java.time.LocalDate quarter, long reached, long assessed, long proficient, long certified) {
    }

    public record Trend(UUID programme, List<QuarterRow> items) {
    }

    public record Coverage(UUID programme, List<CoverageRow> items, int page, int size, long total) {
    }

    record ProgrammeRef(UUID id, String name) {
    }

    record NeedList(UUID programme, String competency, List<NeedRow> items, int page, int size, long total) {
    }
}
