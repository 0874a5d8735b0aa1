package org.cadre.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cadre.people.PersonRepository;
import org.cadre.security.CurrentUser;
import org.cadre.security.Roles;
import org.cadre.web.ApiProblem;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which cohorts a report may count. Admins: all. Programme managers: the cohorts of the countries in
 * their token. Master trainers: the cohorts they train. A programme, cohort or country the caller
 * cannot see answers 404 (its existence does not leak).
 */
@RequestScoped
public class ReportScope {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    PersonRepository persons;

    private UUID me;
    private boolean meLoaded;

    boolean all() {
        return user.isAdmin();
    }

    Set<String> countries() {
        return user.hasRole(Roles.PROGRAMME_MANAGER) ? user.getCountries() : Set.of();
    }

    /** The person a master trainer signs in as (null when not a master trainer or not linked). */
    UUID trainer() {
        if (!meLoaded) {
            meLoaded = true;
            if (user.hasRole(Roles.MASTER_TRAINER)) {
                me = persons.linkedTo(user.getUsername()).map(p -> p.id).orElse(null);
            }
        }
        return me;
    }

    /** The framework version of a programme the caller may report on. */
    UUID programmeVersion(UUID programme) {
        List<?> version = em.createNativeQuery("select framework_version_id from programme where id = :p", UUID.class)
                .setParameter("p", programme).getResultList();
        if (version.isEmpty()) {
            throw ApiProblem.notFound("Programme " + programme);
        }
        if (!all()) {
            long visible = ((Number) em.createNativeQuery("select count(*) from programme p where p.id = :p and ("
                            + "exists (select 1 from programme_country pc where pc.programme_id = p.id and pc.country_code in (:countries)) "
                            + "or exists (select 1 from cohort c join cohort_trainer ct on ct.cohort_id = c.id "
                            + "where c.programme_id = p.id and ct.person_id = :me))")
                    .setParameter("p", programme).setParameter("countries", orNone(countries()))
                    .setParameter("me", trainer() == null ? new UUID(0, 0) : trainer()).getSingleResult()).longValue();
            if (visible == 0) {
                throw ApiProblem.notFound("Programme " + programme);
            }
        }
        return (UUID) version.get(0);
    }

    /** The programmes the caller may report on, by name. */
    List<ReportApi.ProgrammeRef> programmes() {
        String sql = "select p.id, p.name from programme p" + (all() ? "" : " where exists (select 1 from programme_country pc "
                + "where pc.programme_id = p.id and pc.country_code in (:countries)) or exists (select 1 from cohort c "
                + "join cohort_trainer ct on ct.cohort_id = c.id where c.programme_id = p.id and ct.person_id = :me)")
                + " order by p.name limit 500";
        var q = em.createNativeQuery(sql);
        if (!all()) {
            q.setParameter("countries", orNone(countries()))
                    .setParameter("me", trainer() == null ? new UUID(0, 0) : trainer());
        }
        return ((List<?>) q.getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new ReportApi.ProgrammeRef((UUID) r[0], (String) r[1])).toList();
    }

    /** Refuses (404) a cohort or country filter outside the caller's scope or the programme. */
    void checkFilters(ReportApi.Filters f) {
        if (f.cohort() != null) {
            List<?> found = em.createNativeQuery("select country_code from cohort where id = :c and programme_id = :p")
                    .setParameter("c", f.cohort()).setParameter("p", f.programme()).getResultList();
            if (found.isEmpty()) {
                throw ApiProblem.notFound("Cohort " + f.cohort());
            }
            if (!all() && !countries().contains((String) found.get(0)) && !trains(f.cohort())) {
                throw ApiProblem.notFound("Cohort " + f.cohort());
            }
        }
        if (f.country() != null && !all() && trainer() == null && !countries().contains(f.country())) {
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
        if (found.isEmpty() || !all() && trainer() == null && !countries().contains((String) found.get(0))) {
            throw ApiProblem.notFound(table + " " + id);
        }
    }

    private boolean trains(UUID cohort) {
        return trainer() != null && ((Number) em.createNativeQuery(
                        "select count(*) from cohort_trainer where cohort_id = :c and person_id = :me")
                .setParameter("c", cohort).setParameter("me", trainer()).getSingleResult()).longValue() > 0;
    }

    static Set<String> orNone(Set<String> countries) {
        return countries.isEmpty() ? Set.of("--") : countries;
    }
}
