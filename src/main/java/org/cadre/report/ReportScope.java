package org.cadre.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.util.List;
import java.util.UUID;

/**
 * The report feature's view of {@link AccessPolicy}: which cohorts a report may count. Admins: all.
 * Programme managers: the cohorts of the countries in their token. Master trainers: the cohorts they
 * train. A programme, cohort or country the caller cannot see answers 404 (its existence does not leak).
 */
@RequestScoped
public class ReportScope {

    @Inject
    AccessPolicy policy;

    @Inject
    EntityManager em;

    /** The cohorts a report may count, as an SQL condition on a cohort alias (with its parameters). */
    AccessPolicy.SqlCondition cohorts(String alias) {
        return policy.readableCohortsSql(alias);
    }

    /** The scope as whole countries, a condition on a country column; empty for a scope of cohorts (master trainer). */
    java.util.Optional<AccessPolicy.SqlCondition> countries(String countryColumn) {
        return policy.reportCountriesSql(countryColumn);
    }

    /** The framework version of a programme the caller may report on. */
    UUID programmeVersion(UUID programme) {
        List<?> version = em.createNativeQuery("select framework_version_id from programme where id = :p", UUID.class)
                .setParameter("p", programme).getResultList();
        if (version.isEmpty() || !policy.mayReportOn(programme)) {
            throw ApiProblem.notFound("Programme " + programme);
        }
        return (UUID) version.get(0);
    }

    /** The programmes the caller may report on, by name. */
    List<ReportApi.ProgrammeRef> programmes() {
        AccessPolicy.SqlCondition reportable = policy.reportableProgrammesSql("p");
        var q = reportable.bind(em.createNativeQuery("select p.id, p.name from programme p where " + reportable.sql()
                + " order by p.name limit 500"));
        return ((List<?>) q.getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new ReportApi.ProgrammeRef((UUID) r[0], (String) r[1])).toList();
    }

    /** Refuses (404) a cohort or country filter outside the caller's scope or the programme. */
    void checkFilters(ReportApi.Filters f) {
        if (f.cohort() != null) {
            AccessPolicy.CohortFacts c = policy.cohortFacts(f.cohort())
                    .filter(found -> found.programmeId().equals(f.programme()))
                    .orElseThrow(() -> ApiProblem.notFound("Cohort " + f.cohort()));
            if (!policy.mayReportOnCohort(c)) {
                throw ApiProblem.notFound("Cohort " + f.cohort());
            }
        }
        if (f.country() != null && !policy.mayReportOnCountry(f.country())) {
            throw ApiProblem.notFound("Country " + f.country());
        }
        if (f.region() != null) {
            checkPlace("region", f.region());
        }
        if (f.organisation() != null) {
            checkPlace("organisation", f.organisation());
        }
    }

    /** A region or organisation filter: unknown, or (for a programme manager) outside their countries, is 404. */
    private void checkPlace(String table, UUID id) {
        List<?> found = em.createNativeQuery("select country_code from " + table + " where id = :id")
                .setParameter("id", id).getResultList();
        if (found.isEmpty() || !policy.mayReportOnCountry((String) found.get(0))) {
            throw ApiProblem.notFound(table + " " + id);
        }
    }
}
