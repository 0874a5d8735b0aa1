package org.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.web.ApiProblem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The competency gap report: each competency of a programme's selection, counted in one SQL aggregate
 * over the evidence. A person's current level per competency follows
 * {@link org.cadre.assessment.ProficiencyPolicy}: self-assessments never count, corrected ratings are
 * replaced by their correction, the most recently observed rating wins, ties go to the more direct
 * source (practical, then observation or visit, then import) and then to the lower level. That rule is
 * kept per person and competency in {@code current_rating} by a trigger on the append-only rating table
 * (V81), so reports read one row per person and competency instead of ranking every rating.
 */
@ApplicationScoped
@Transactional
public class GapReports {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    EntityManager em;

    @Inject
    ReportScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    ReportCounts counts;

    /** Enrolees (with their cohort's country), population, selection and current ratings (with their proficiency) as CTEs; ends with "cur_rating". */
    static final String CURRENT = """
            with enrolee as (
                select distinct c.country_code, e.person_id
                from enrolment e
                join cohort c on c.id = e.cohort_id
                join person p on p.id = e.person_id
                where c.programme_id = :programme and e.status in ('enrolled', 'completed') %s
            ),
            population as (
                select distinct person_id from enrolee
            ),
            selection as (
                select k.id as competency_id, k.code, k.statement ->> 'en' as statement, f.position as fpos, k.position
                from competency k
                join framework_function f on f.id = k.function_id
                where k.framework_version_id = :version
                  and (k.id in (select pc.competency_id from programme_competency pc where pc.programme_id = :programme)
                       or not exists (select 1 from programme_competency pc where pc.programme_id = :programme))
            ),
            cur_rating as (
                select cr.person_id, cr.competency_id, cr.level,
                       exists (select 1 from framework_scale_level l where l.framework_version_id = :version
                               and l.position = cr.level and l.proficient) as proficient
                from current_rating cr
                join population pop on pop.person_id = cr.person_id
                join selection s on s.competency_id = cr.competency_id
            )
            """;

    private static final String GAPS = CURRENT + """
            , counted as (
                select s.code, s.statement, s.fpos, s.position,
                       (select count(*) from population) as population,
                       count(cur.person_id) as assessed,
                       count(cur.person_id) filter (where cur.proficient) as proficient,
                       avg(cur.level) as mean_level
                from selection s
                left join cur_rating cur on cur.competency_id = s.competency_id
                group by s.competency_id, s.code, s.statement, s.fpos, s.position
            )
            select code, statement, population, assessed, proficient, mean_level, count(*) over () as total
            from counted
            order by population - proficient desc, fpos, position, code
            limit :size offset :offset
            """;

    private static final String NEEDS = CURRENT + """
            select p.id, p.given_name, p.family_name, p.country_code, p.cadre, cur.level,
                   case when cur.person_id is not null then 'below'
                        when exists (select 1 from rating r where r.person_id = p.id and r.competency_id = :competency
                                     and r.source = 'self'
                                     and not exists (select 1 from rating x where x.supersedes_id = r.id))
                             then 'self-assessed'
                        else 'not-rated' end as status,
                   count(*) over () as total
            from population pop
            join person p on p.id = pop.person_id
            left join cur_rating cur on cur.person_id = pop.person_id and cur.competency_id = :competency
            where cur.person_id is null or not cur.proficient
            order by p.family_name, p.given_name, p.id
            limit :size offset :offset
            """;

    public ReportApi.GapReport gaps(ReportApi.Filters filters, int page, int size) {
        return gaps(filters, page, size, false);
    }

    /**
     * The gap report from the kept counts where they can answer ({@link ReportCounts}), else (or when
     * {@code live}: the reference the tests compare with) counted from the enrolments and current ratings.
     */
    ReportApi.GapReport gaps(ReportApi.Filters filters, int page, int size, boolean live) {
        checkPaging(page, size);
        UUID version = scope.programmeVersion(filters.programme());
        checkVersion(filters, version);
        scope.checkFilters(filters);
        var fast = live ? java.util.Optional.<ReportCounts.Where>empty() : counts.where(filters);
        List<?> rows;
        if (fast.isPresent()) {
            rows = counts.gaps(fast.get(), filters.programme(), version, page, size);
        } else {
            Map<String, Object> params = new LinkedHashMap<>();
            Query q = em.createNativeQuery(GAPS.formatted(where(filters, params)));
            bind(q, params, filters.programme(), version, page, size);
            rows = q.getResultList();
        }
        long total = 0;
        long population = !rows.isEmpty() ? 0 : fast.isPresent()
                ? counts.population(fast.get(), filters.programme(), version) : populationOf(filters, version);
        List<ReportApi.GapRow> items = new java.util.ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long pop = ((Number) r[2]).longValue();
            long assessed = ((Number) r[3]).longValue();
            long proficient = ((Number) r[4]).longValue();
            Double mean = r[5] == null ? null : ((Number) r[5]).doubleValue();
            population = pop;
            total = ((Number) r[6]).longValue();
            items.add(new ReportApi.GapRow((String) r[0], (String) r[1], pop, assessed, proficient,
                    pop == 0 ? 0 : (double) proficient / pop, mean, pop - assessed, pop - proficient));
        }
        return new ReportApi.GapReport(filters.programme(), version, population, items, page, size, total);
    }

    public ReportApi.NeedList needs(ReportApi.Filters filters, String competencyCode, int page, int size) {
        checkPaging(page, size);
        UUID version = scope.programmeVersion(filters.programme());
        checkVersion(filters, version);
        scope.checkFilters(filters);
        List<?> found = em.createNativeQuery("select k.id from competency k where k.framework_version_id = :v and k.code = :c "
                        + "and (k.id in (select competency_id from programme_competency where programme_id = :p) "
                        + "or not exists (select 1 from programme_competency where programme_id = :p))", UUID.class)
                .setParameter("v", version).setParameter("c", competencyCode).setParameter("p", filters.programme())
                .getResultList();
        if (found.isEmpty()) {
            throw ApiProblem.notFound("Competency " + competencyCode + " of this programme");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("competency", found.get(0));
        Query q = em.createNativeQuery(NEEDS.formatted(where(filters, params)));
        bind(q, params, filters.programme(), version, page, size);
        long total = 0;
        List<ReportApi.NeedRow> items = new java.util.ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            total = ((Number) r[7]).longValue();
            items.add(new ReportApi.NeedRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6]));
        }
        // names with their training needs are personal records: who looked at them is accountable
        accessLog.record(AccessLog.Action.READ, "programme", filters.programme(), "training needs for "
                + competencyCode + " (page " + page + ", " + items.size() + " people)");
        return new ReportApi.NeedList(filters.programme(), competencyCode, items, page, size, total);
    }

    private long populationOf(ReportApi.Filters filters, UUID version) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery(CURRENT.formatted(where(filters, params)) + " select count(*) from population");
        params.forEach(q::setParameter);
        q.setParameter("programme", filters.programme()).setParameter("version", version);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** A framework version filter other than the programme's own answers 404 (no such programme and version). */
    static void checkVersion(ReportApi.Filters filters, UUID version) {
        if (filters.frameworkVersion() != null && !filters.frameworkVersion().equals(version)) {
            throw ApiProblem.notFound("Programme " + filters.programme() + " on framework version " + filters.frameworkVersion());
        }
    }

    static void checkPaging(int page, int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    static void bind(Query q, Map<String, Object> params, UUID programme, UUID version, int page, int size) {
        params.forEach(q::setParameter);
        q.setParameter("programme", programme).setParameter("version", version)
                .setParameter("size", size).setParameter("offset", (long) page * size);
    }

    /** The population's filters and the caller's scope, as SQL conditions on cohort c and person p. */
    String where(ReportApi.Filters f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (f.cohort() != null) {
            sql.append(" and c.id = :cohort");
            params.put("cohort", f.cohort());
        }
        if (f.country() != null) {
            sql.append(" and c.country_code = :country");
            params.put("country", f.country());
        }
        if (f.region() != null) {
            sql.append(" and c.region_id = :region");
            params.put("region", f.region());
        }
        if (f.organisation() != null) {
            sql.append(" and p.organisation_id = :organisation");
            params.put("organisation", f.organisation());
        }
        if (f.cadre() != null) {
            sql.append(" and p.cadre = :cadre");
            params.put("cadre", f.cadre());
        }
        if (f.from() != null) {
            sql.append(" and c.ends_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and c.starts_on <= :to");
            params.put("to", f.to());
        }
        var inScope = scope.cohorts("c");
        sql.append(" and ").append(inScope.sql());
        params.putAll(inScope.params());
        return sql.toString();
    }
}
