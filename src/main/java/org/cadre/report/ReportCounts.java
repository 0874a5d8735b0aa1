package org.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessPolicy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The gap and coverage reports from the counts the write path keeps (V83: per programme, country, region and
 * cadre: members, members per current level of a competency, members reached in a competency code), instead of
 * counting every enrolee's ratings and attendance on each request. The answers are the live queries' answers
 * (GapReports.CURRENT, CoverageReports.BASE), row for row: people with several places in one country are counted
 * once there by the write path's corrections (V97), the few with places in several countries of one gap report
 * are corrected person by person, proficiency is read from the
 * scale now, certificates (they expire by the date) are counted live. The counts only know places and cadres:
 * a cohort, organisation or date filter, or a scope of cohorts (master trainers), takes the live queries.
 */
@ApplicationScoped
@Transactional
public class ReportCounts {

    /** Pending count rows of a programme past which a report first folds them into their cells. */
    static final int COMPACT_AT = 5_000;

    private static final String NIL = "00000000-0000-0000-0000-000000000000";

    @Inject
    EntityManager em;

    @Inject
    ReportScope scope;

    /** The filters as conditions on report_count (rc) and on report_member (rm) with its person (p). */
    record Where(String counts, String members, Map<String, Object> params) {
    }

    /** The conditions for these filters and the caller's scope, or empty when the counts cannot answer. */
    Optional<Where> where(ReportApi.Filters f) {
        if (f.cohort() != null || f.organisation() != null || f.from() != null || f.to() != null) {
            return Optional.empty();
        }
        Optional<AccessPolicy.SqlCondition> onCounts = scope.countries("rc.country_code");
        Optional<AccessPolicy.SqlCondition> onMembers = scope.countries("rm.country_code");
        if (onCounts.isEmpty() || onMembers.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>(onCounts.get().params());
        params.putAll(onMembers.get().params());
        StringBuilder counts = new StringBuilder("rc.programme_id = :programme and ").append(onCounts.get().sql());
        StringBuilder members = new StringBuilder("rm.programme_id = :programme and ").append(onMembers.get().sql());
        if (f.country() != null) {
            counts.append(" and rc.country_code = :country");
            members.append(" and rm.country_code = :country");
            params.put("country", f.country());
        }
        if (f.region() != null) {
            counts.append(" and rc.region_id = :region");
            members.append(" and rm.region_key = :region");
            params.put("region", f.region());
        }
        if (f.cadre() != null) {
            counts.append(" and rc.cadre = :cadre");
            members.append(" and p.cadre = :cadre");
            params.put("cadre", f.cadre());
        }
        return Optional.of(new Where(counts.toString(), members.toString(), params));
    }

    private static final String SELECTION = """
            with selection as (
                select k.id as competency_id, k.code, k.statement ->> 'en' as statement, f.position as fpos, k.position
                from competency k
                join framework_function f on f.id = k.function_id
                where k.framework_version_id = :version
                  and (k.id in (select pc.competency_id from programme_competency pc where pc.programme_id = :programme)
                       or not exists (select 1 from programme_competency pc where pc.programme_id = :programme))
            ),
            proficient_level as (
                select l.position as level from framework_scale_level l where l.framework_version_id = :version and l.proficient
            ),
            """;

    /**
     * The people counted in more than one country of the report (found by a partial index: 199 of 200,000 at full
     * size), with how many more. Within a country the write path already counts each person once (V97: the
     * 'M', 'L' and 'R' rows). Their rows are looked up person by person ({@code lateral … offset 0} keeps the
     * planner from joining whole tables for them).
     */
    private static final String SEVERAL = """
            several as (
                select rp.person_id, count(distinct rm.country_code) - 1 as extra
                from report_person rp
                cross join lateral (select * from report_member m
                                    where m.programme_id = rp.programme_id and m.person_id = rp.person_id offset 0) rm
                cross join lateral (select pp.cadre from person pp where pp.id = rp.person_id offset 0) p
                where rp.programme_id = :programme and rp.countries > 1 and %2$s
                group by rp.person_id
                having count(distinct rm.country_code) > 1
            ),
            """;

    private static final String GAP_COUNTS = SELECTION + """
            cell as (
                select lower(rc.measure) as measure, rc.competency, rc.level, sum(rc.n) as n
                from report_count rc
                where rc.measure in ('m', 'l', 'M', 'L') and %1$s
                group by lower(rc.measure), rc.competency, rc.level
            ),
            """ + SEVERAL + """
            population as (
                select coalesce((select sum(n) from cell where measure = 'm'), 0)
                       - coalesce((select sum(extra) from several), 0) as n
            ),
            level_count as (
                select s.competency_id, c.level, c.n
                from cell c
                join selection s on cast(s.competency_id as varchar) = c.competency
                where c.measure = 'l'
                union all
                select cr.competency_id, cr.level, -sv.extra
                from several sv
                cross join lateral (select c.competency_id, c.level from current_rating c
                                    where c.person_id = sv.person_id offset 0) cr
                join selection s on s.competency_id = cr.competency_id
            ),
            per_competency as (
                select lc.competency_id, sum(lc.n) as assessed,
                       coalesce(sum(lc.n) filter (where lc.level in (select level from proficient_level)), 0) as proficient,
                       sum(lc.n * lc.level) as level_sum
                from level_count lc
                group by lc.competency_id
            ),
            counted as (
                select s.code, s.statement, s.fpos, s.position, pop.n as population,
                       coalesce(pc.assessed, 0) as assessed, coalesce(pc.proficient, 0) as proficient,
                       case when pc.assessed > 0 then cast(pc.level_sum as numeric) / pc.assessed end as mean_level
                from selection s
                cross join population pop
                left join per_competency pc on pc.competency_id = s.competency_id
            )
            """;

    private static final String GAPS = GAP_COUNTS + """
            select code, statement, population, assessed, proficient, mean_level, count(*) over () as total
            from counted
            order by population - proficient desc, fpos, position, code
            limit :size offset :offset
            """;

    private static final String POPULATION = GAP_COUNTS + " select n from population";

    /**
     * Counts per place: a country, or (with the region tokens expanded, see {@link #place}) a country and region.
     * By country the once-per-country rows ('M', 'L', 'R' of V97) take away the second count of people with
     * several places in the country; by region nobody is counted twice (one place per row), so those are left out.
     */
    private static final String COVERAGE_COUNTS = SELECTION + """
            cell as (
                select rc.country_code /*place:rc*/, lower(rc.measure) as measure, rc.competency, rc.level, sum(rc.n) as n
                from report_count rc
                where %1$s /*measures*/
                group by rc.country_code /*place:rc*/, lower(rc.measure), rc.competency, rc.level
            ),
            population as (
                select country_code /*place*/, sum(n) as n
                from cell
                where measure = 'm'
                group by country_code /*place*/
                having sum(n) > 0
            ),
            reached as (
                select c.country_code /*place:c*/, s.competency_id, c.n
                from cell c
                join selection s on s.code = c.competency
                where c.measure = 'r'
            ),
            level_count as (
                select c.country_code /*place:c*/, s.competency_id, c.level, c.n
                from cell c
                join selection s on cast(s.competency_id as varchar) = c.competency
                where c.measure = 'l'
            ),
            certified as (
                select rm.country_code /*member-place*/, s.competency_id, count(distinct rm.person_id) as n
                from certificate ce
                join report_member rm on rm.programme_id = ce.programme_id and rm.person_id = ce.person_id
                join person p on p.id = rm.person_id
                join selection s on strpos(E'\\n' || ce.competencies, E'\\n' || s.code || E'\\t') > 0
                where ce.programme_id = :programme and ce.revoked_at is null and ce.expires_on >= :today and %2$s
                group by rm.country_code /*member-group*/, s.competency_id
            ),
            per_cell as (
                select country_code /*place*/, competency_id, sum(reached) as reached, sum(assessed) as assessed,
                       sum(proficient) as proficient, sum(certified) as certified
                from (select country_code /*place*/, competency_id, n as reached, 0 as assessed, 0 as proficient,
                             0 as certified
                      from reached
                      union all
                      select country_code /*place*/, competency_id, 0, n,
                             case when level in (select level from proficient_level) then n else 0 end, 0
                      from level_count
                      union all
                      select country_code /*place*/, competency_id, 0, 0, 0, n
                      from certified) x
                group by country_code /*place*/, competency_id
            )
            """;

    private static final String BY_COUNTRY = COVERAGE_COUNTS + """
            select pop.country_code, s.code, pop.n as population, coalesce(pc.reached, 0), coalesce(pc.assessed, 0),
                   coalesce(pc.proficient, 0), coalesce(pc.certified, 0), count(*) over () as total
            from population pop
            cross join selection s
            left join per_cell pc on pc.country_code = pop.country_code and pc.competency_id = s.competency_id
            order by pop.country_code, s.fpos, s.position, s.code
            limit :size offset :offset
            """;

    private static final String BY_REGION = COVERAGE_COUNTS + """
            select pop.country_code, pop.region_id, rg.name as region_name, s.code, pop.n as population,
                   coalesce(pc.reached, 0), coalesce(pc.assessed, 0), coalesce(pc.proficient, 0),
                   coalesce(pc.certified, 0), count(*) over () as total
            from population pop
            cross join selection s
            left join region rg on rg.id = pop.region_id
            left join per_cell pc on pc.country_code = pop.country_code and pc.region_id is not distinct from pop.region_id
                                 and pc.competency_id = s.competency_id
            order by pop.country_code, rg.name nulls last, pop.region_id, s.fpos, s.position, s.code
            limit :size offset :offset
            """;

    /** Expands the place tokens: rows per country (nothing added) or per country and region. */
    static String place(String sql, boolean region) {
        return sql.replaceAll("/\\*place:(\\w+)\\*/", region ? ", $1.region_id" : "")
                .replace("/*place*/", region ? ", region_id" : "")
                .replace("/*measures*/", region ? " and rc.measure in ('m', 'l', 'r')" : "")
                .replace("/*member-place*/", region ? ", nullif(rm.region_key, '" + NIL + "'::uuid) as region_id" : "")
                .replace("/*member-group*/", region ? ", nullif(rm.region_key, '" + NIL + "'::uuid)" : "");
    }

    /** Gap rows as GapReports reads them: code, statement, population, assessed, proficient, mean level, total. */
    List<Object[]> gaps(Where w, UUID programme, UUID version, int page, int size) {
        return rows(GAPS.formatted(w.counts(), w.members()), w, programme, version, page, size, false);
    }

    long population(Where w, UUID programme, UUID version) {
        List<Object[]> found = rows(POPULATION.formatted(w.counts(), w.members()), w, programme, version, -1, -1, false);
        return ((Number) found.get(0)[0]).longValue();
    }

    /** Country rows: country, code, population, reached, assessed, proficient, certified, total. */
    List<Object[]> byCountry(Where w, UUID programme, UUID version, int page, int size) {
        return rows(place(BY_COUNTRY, false).formatted(w.counts(), w.members()), w, programme, version, page, size, true);
    }

    /** Region rows: country, region id, region name, code, population, reached, assessed, proficient, certified, total. */
    List<Object[]> byRegion(Where w, UUID programme, UUID version, int page, int size) {
        return rows(place(BY_REGION, true).formatted(w.counts(), w.members()), w, programme, version, page, size, true);
    }

    /** Folds the programme's pending counts into their cells when there are many (keeps the reports' sums short). */
    void compactIfLong(UUID programme) {
        Number pending = (Number) em.createNativeQuery("select count(*) from (select 1 from report_count "
                        + "where programme_id = :p and pending limit " + (COMPACT_AT + 1) + ") x")
                .setParameter("p", programme).getSingleResult();
        if (pending.intValue() > COMPACT_AT) {
            compact(programme);
        }
    }

    void compact(UUID programme) {
        em.createNativeQuery("select count(*) from (select report_count_compact(:p)) x").setParameter("p", programme)
                .getSingleResult();
    }

    private List<Object[]> rows(String sql, Where w, UUID programme, UUID version, int page, int size, boolean today) {
        compactIfLong(programme);
        Query q = em.createNativeQuery(sql);
        w.params().forEach(q::setParameter);
        q.setParameter("programme", programme).setParameter("version", version);
        if (today) {
            q.setParameter("today", LocalDate.now(ZoneOffset.UTC));
        }
        if (page >= 0) {
            q.setParameter("size", size).setParameter("offset", (long) page * size);
        }
        List<Object[]> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return out;
    }
}
