package org.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Coverage of a programme: per country (or region within it) and competency, the enrolees of the counted
 * cohorts, how many a session covering the competency reached (present or late, in one of their counted
 * cohorts), how many were assessed and how many are proficient now (the gap report's current-rating rule),
 * how many hold a valid certificate attesting it; totals by cadre; a trend by quarter. Each is one SQL
 * aggregate; nothing is loaded into memory to be counted.
 */
@ApplicationScoped
@Transactional
public class CoverageReports {

    /** Enrolee rows (cohort, country, region, person, cadre), selection, current ratings, reach and certificates. */
    static final String BASE = """
            with enrolee as not materialized (
                select distinct c.id as cohort_id, c.country_code, c.region_id, e.person_id, p.cadre
                from enrolment e
                join cohort c on c.id = e.cohort_id
                join person p on p.id = e.person_id
                where c.programme_id = :programme and e.status in ('enrolled', 'completed') %s
            ),
            population as not materialized (
                select distinct person_id from enrolee
            ),
            selection as (
                select k.id as competency_id, k.code, f.position as fpos, k.position
                from competency k
                join framework_function f on f.id = k.function_id
                where k.framework_version_id = :version
                  and (k.id in (select pc.competency_id from programme_competency pc where pc.programme_id = :programme)
                       or not exists (select 1 from programme_competency pc where pc.programme_id = :programme))
            ),
            cur_rating as not materialized (
                select cr.person_id, cr.competency_id, cr.level,
                       exists (select 1 from framework_scale_level l where l.framework_version_id = :version
                               and l.position = cr.level and l.proficient) as proficient
                from current_rating cr
                where cr.person_id in (select person_id from population)
                  and cr.competency_id in (select competency_id from selection)
            ),
            reached as not materialized (
                select distinct en.country_code, en.region_id, en.person_id, s.competency_id
                from enrolee en
                join training_session ts on ts.cohort_id = en.cohort_id
                join attendance a on a.session_id = ts.id and a.person_id = en.person_id
                join session_competency sc on sc.session_id = ts.id
                join selection s on s.code = sc.competency_code
                where a.status in ('present', 'late')
            ),
            valid_certificate as not materialized (
                select ce.person_id, ce.competencies
                from certificate ce
                join population pop on pop.person_id = ce.person_id
                where ce.programme_id = :programme and ce.revoked_at is null and ce.expires_on >= :today
            ),
            certified as not materialized (
                select distinct vc.person_id, s.competency_id
                from valid_certificate vc
                join selection s on strpos(E'\\n' || vc.competencies, E'\\n' || s.code || E'\\t') > 0
            )
            """;

    static final String BY_COUNTRY = BASE + """
            , place as (
                select distinct country_code, person_id from enrolee
            ),
            reached_here as (
                select distinct country_code, person_id, competency_id from reached
            )
            select pl.country_code, s.code, count(*) as population,
                   count(r.person_id) as reached,
                   count(cur.person_id) as assessed,
                   count(cur.person_id) filter (where cur.proficient) as proficient,
                   count(ce.person_id) as certified,
                   count(*) over () as total
            from place pl
            cross join selection s
            left join reached_here r on r.person_id = pl.person_id and r.competency_id = s.competency_id
                                    and r.country_code = pl.country_code
            left join cur_rating cur on cur.person_id = pl.person_id and cur.competency_id = s.competency_id
            left join certified ce on ce.person_id = pl.person_id and ce.competency_id = s.competency_id
            group by pl.country_code, s.competency_id, s.code, s.fpos, s.position
            order by pl.country_code, s.fpos, s.position, s.code
            limit :size offset :offset
            """;

    static final String BY_REGION = BASE + """
            , place as (
                select distinct country_code, region_id, person_id from enrolee
            )
            select pl.country_code, pl.region_id, min(rg.name) as region_name, s.code, count(*) as population,
                   count(r.person_id) as reached,
                   count(cur.person_id) as assessed,
                   count(cur.person_id) filter (where cur.proficient) as proficient,
                   count(ce.person_id) as certified,
                   count(*) over () as total
            from place pl
            cross join selection s
            left join region rg on rg.id = pl.region_id
            left join reached r on r.person_id = pl.person_id and r.competency_id = s.competency_id
                               and r.country_code = pl.country_code and r.region_id is not distinct from pl.region_id
            left join cur_rating cur on cur.person_id = pl.person_id and cur.competency_id = s.competency_id
            left join certified ce on ce.person_id = pl.person_id and ce.competency_id = s.competency_id
            group by pl.country_code, pl.region_id, s.competency_id, s.code, s.fpos, s.position
            order by pl.country_code, min(rg.name) nulls last, pl.region_id, s.fpos, s.position, s.code
            limit :size offset :offset
            """;

    static final String BY_CADRE = BASE + """
            , person_cadre as (
                select distinct person_id, cadre from enrolee
            ),
            proficient_count as (
                select person_id, count(*) as n from cur_rating where proficient group by person_id
            )
            select pc.cadre, count(*) as people,
                   count(*) filter (where exists (select 1 from reached r where r.person_id = pc.person_id)) as reached,
                   count(*) filter (where exists (select 1 from cur_rating c where c.person_id = pc.person_id)) as assessed,
                   count(*) filter (where pf.n = (select count(*) from selection)) as proficient_in_all,
                   count(*) filter (where exists (select 1 from valid_certificate v where v.person_id = pc.person_id))
                       as certified
            from person_cadre pc
            left join proficient_count pf on pf.person_id = pc.person_id
            group by pc.cadre
            order by pc.cadre
            """;

    /** Quarter buckets by date_trunc('quarter', …); quarters without events between the first and last are zero. */
    static final String TREND = BASE + """
            , event as (
                select cast(date_trunc('quarter', ts.local_start) as date) as quarter, 'reached' as measure, en.person_id
                from enrolee en
                join training_session ts on ts.cohort_id = en.cohort_id
                join attendance a on a.session_id = ts.id and a.person_id = en.person_id
                where a.status in ('present', 'late')
                  and exists (select 1 from session_competency sc join selection s on s.code = sc.competency_code
                              where sc.session_id = ts.id)
                union all
                select cast(date_trunc('quarter', r.observed_at at time zone 'UTC') as date),
                       case when exists (select 1 from framework_scale_level l where l.framework_version_id = :version
                                         and l.position = r.level and l.proficient) then 'proficient' else 'assessed' end,
                       r.person_id
                from rating r
                join population pop on pop.person_id = r.person_id
                join selection s on s.competency_id = r.competency_id
                where r.source <> 'self'
                  and not exists (select 1 from rating c where c.supersedes_id = r.id)
                union all
                select cast(date_trunc('quarter', cast(ce.issued_on as timestamp)) as date), 'certified', ce.person_id
                from certificate ce
                join population pop on pop.person_id = ce.person_id
                where ce.programme_id = :programme and ce.revoked_at is null
            ),
            quarters as (
                select cast(gs as date) as quarter
                from generate_series(cast((select min(quarter) from event) as timestamp),
                                     cast((select max(quarter) from event) as timestamp), interval '3 months') gs
            )
            select q.quarter,
                   count(distinct e.person_id) filter (where e.measure = 'reached') as reached,
                   count(distinct e.person_id) filter (where e.measure in ('assessed', 'proficient')) as assessed,
                   count(distinct e.person_id) filter (where e.measure = 'proficient') as proficient,
                   count(distinct e.person_id) filter (where e.measure = 'certified') as certified
            from quarters q
            left join event e on e.quarter = q.quarter
            group by q.quarter
            order by q.quarter
            """;

    @Inject
    EntityManager em;

    @Inject
    ReportScope scope;

    @Inject
    GapReports gaps;

    @Inject
    ReportCounts counts;

    public ReportApi.Coverage coverage(ReportApi.Filters filters, int page, int size) {
        return coverage(filters, page, size, false);
    }

    /** By country, from the kept counts where they can answer ({@link ReportCounts}), else (or when {@code live}) counted. */
    ReportApi.Coverage coverage(ReportApi.Filters filters, int page, int size, boolean live) {
        GapReports.checkPaging(page, size);
        long total = 0;
        List<ReportApi.CoverageRow> items = new ArrayList<>();
        for (Object[] r : countryRows(filters, page, size, live)) {
            total = n(r[7]);
            items.add(new ReportApi.CoverageRow((String) r[0], (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return new ReportApi.Coverage(filters.programme(), items, page, size, total);
    }

    /** Every country × competency cell at once, for the heat map (bounded by the selection and the countries). */
    List<ReportApi.CoverageRow> cells(ReportApi.Filters filters) {
        return countryRows(filters, 0, Integer.MAX_VALUE, false).stream().map(r -> new ReportApi.CoverageRow((String) r[0],
                (String) r[1], n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]))).toList();
    }

    public ReportApi.RegionCoverage regions(ReportApi.Filters filters, int page, int size) {
        return regions(filters, page, size, false);
    }

    ReportApi.RegionCoverage regions(ReportApi.Filters filters, int page, int size, boolean live) {
        GapReports.checkPaging(page, size);
        long total = 0;
        List<ReportApi.RegionRow> items = new ArrayList<>();
        UUID version = scope.programmeVersion(filters.programme());
        List<Object[]> rows = counted(filters, version, live)
                .map(w -> counts.byRegion(w, filters.programme(), version, page, size))
                .orElseGet(() -> rows(BY_REGION, filters, page, size));
        for (Object[] r : rows) {
            total = n(r[9]);
            items.add(new ReportApi.RegionRow((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], n(r[4]), n(r[5]),
                    n(r[6]), n(r[7]), n(r[8])));
        }
        return new ReportApi.RegionCoverage(filters.programme(), items, page, size, total);
    }

    private List<Object[]> countryRows(ReportApi.Filters filters, int page, int size, boolean live) {
        UUID version = scope.programmeVersion(filters.programme());
        return counted(filters, version, live)
                .map(w -> counts.byCountry(w, filters.programme(), version, page, size))
                .orElseGet(() -> rows(BY_COUNTRY, filters, page, size));
    }

    /** The kept counts' conditions, after the same checks as the counted queries; empty: count live. */
    private java.util.Optional<ReportCounts.Where> counted(ReportApi.Filters filters, UUID version, boolean live) {
        GapReports.checkVersion(filters, version);
        scope.checkFilters(filters);
        return live ? java.util.Optional.empty() : counts.where(filters);
    }

    public ReportApi.CadreTotals cadres(ReportApi.Filters filters) {
        List<ReportApi.CadreRow> items = rows(BY_CADRE, filters, -1, -1).stream().map(r -> new ReportApi.CadreRow(
                (String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]))).toList();
        return new ReportApi.CadreTotals(filters.programme(), items);
    }

    public ReportApi.Trend trend(ReportApi.Filters filters) {
        List<ReportApi.QuarterRow> items = rows(TREND, filters, -1, -1).stream().map(r -> new ReportApi.QuarterRow(
                date(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]))).toList();
        return new ReportApi.Trend(filters.programme(), items);
    }

    /** Checks scope and filters, then runs one report query; page −1: the query has no limit. */
    private List<Object[]> rows(String sql, ReportApi.Filters filters, int page, int size) {
        UUID version = scope.programmeVersion(filters.programme());
        GapReports.checkVersion(filters, version);
        scope.checkFilters(filters);
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery(sql.formatted(gaps.where(filters, params)));
        params.forEach(q::setParameter);
        q.setParameter("programme", filters.programme()).setParameter("version", version)
                .setParameter("today", LocalDate.now(ZoneOffset.UTC));
        if (page >= 0) {
            q.setParameter("size", size).setParameter("offset", (long) page * size);
        }
        List<Object[]> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add((Object[]) o);
        }
        return out;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
