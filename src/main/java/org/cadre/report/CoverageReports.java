package org.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Coverage of a programme per country and competency: the enrolees of the country's cohorts, how many
 * a session covering the competency reached (present or late), how many were assessed and how many are
 * proficient now (the same current-rating rule as the gap report). One SQL aggregate.
 */
@ApplicationScoped
@Transactional
public class CoverageReports {

    private static final String COVERAGE = GapReports.CURRENT + """
            , reached as (
                select distinct c.country_code, a.person_id, s.competency_id
                from attendance a
                join training_session ts on ts.id = a.session_id
                join cohort c on c.id = ts.cohort_id
                join session_competency sc on sc.session_id = ts.id
                join selection s on s.code = sc.competency_code
                where c.programme_id = :programme and a.status in ('present', 'late')
            )
            select en.country_code, s.code, count(*) as population,
                   count(r.person_id) as reached,
                   count(cur.person_id) as assessed,
                   count(cur.person_id) filter (where cur.proficient) as proficient,
                   count(*) over () as total
            from enrolee en
            cross join selection s
            left join reached r on r.person_id = en.person_id and r.competency_id = s.competency_id
                                and r.country_code = en.country_code
            left join cur_rating cur on cur.person_id = en.person_id and cur.competency_id = s.competency_id
            group by en.country_code, s.competency_id, s.code, s.fpos, s.position
            order by en.country_code, s.fpos, s.position, s.code
            limit :size offset :offset
            """;

    @Inject
    EntityManager em;

    @Inject
    ReportScope scope;

    @Inject
    GapReports gaps;

    public ReportApi.Coverage coverage(ReportApi.Filters filters, int page, int size) {
        GapReports.checkPaging(page, size);
        UUID version = scope.programmeVersion(filters.programme());
        scope.checkFilters(filters);
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery(COVERAGE.formatted(gaps.where(filters, params)));
        GapReports.bind(q, params, filters.programme(), version, page, size);
        long total = 0;
        List<ReportApi.CoverageRow> items = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            total = ((Number) r[6]).longValue();
            items.add(new ReportApi.CoverageRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue()));
        }
        return new ReportApi.Coverage(filters.programme(), items, page, size, total);
    }
}
