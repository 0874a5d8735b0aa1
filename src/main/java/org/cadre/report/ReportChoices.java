package org.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the filter forms offer for a programme: the countries, regions, cohorts and organisations the
 * caller may report on (the same scope condition as the reports themselves).
 */
@ApplicationScoped
@Transactional
public class ReportChoices {

    /** An option of a filter list. */
    public record Option(String value, String label) {
    }

    public record Choices(List<String> countries, List<Option> regions, List<Option> cohorts, List<Option> organisations) {
    }

    static final int MAX_OPTIONS = 300;

    @Inject
    EntityManager em;

    @Inject
    ReportScope scope;

    @Inject
    GapReports gaps;

    Choices of(UUID programme) {
        scope.programmeVersion(programme);
        ReportApi.Filters only = new ReportApi.Filters(programme, null, null, null, null, null, null, null);
        List<String> countries = list("select distinct c.country_code, c.country_code from cohort c "
                + "where c.programme_id = :programme %s order by 1", only).stream().map(Option::value).toList();
        List<Option> regions = list("select distinct r.id, c.country_code || ' · ' || r.name from cohort c "
                + "join region r on r.id = c.region_id where c.programme_id = :programme %s order by 2", only);
        List<Option> cohorts = list("select c.id, c.country_code || ' · ' || c.name || ' (' || c.starts_on || ')' from cohort c "
                + "where c.programme_id = :programme %s order by c.starts_on desc, c.name", only);
        List<Option> organisations = list("select distinct o.id, o.country_code || ' · ' || o.name from cohort c "
                + "join enrolment e on e.cohort_id = c.id join person p on p.id = e.person_id "
                + "join organisation o on o.id = p.organisation_id where c.programme_id = :programme %s order by 2", only);
        return new Choices(countries, regions, cohorts, organisations);
    }

    private List<Option> list(String sql, ReportApi.Filters filters) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery(sql.formatted(gaps.where(filters, params)) + " limit " + MAX_OPTIONS);
        params.forEach(q::setParameter);
        q.setParameter("programme", filters.programme());
        return ((List<?>) q.getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new Option(r[0].toString(), (String) r[1])).toList();
    }
}
