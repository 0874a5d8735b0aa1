package org.cadre.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cadre.web.ApiProblem;
import org.cadre.web.SqlReads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides who may do what in Cadre: role × scope. Endpoints say which roles may
 * call them ({@code @RolesAllowed}); this class says which records a caller of that role reaches.
 * Features ask it through their thin scope adapters ({@code CohortScope}, {@code EvidenceScope},
 * {@code CertificationScope}, {@code ReportScope}) or directly.
 *
 * <pre>
 * what                                  admin   programme manager          master trainer                 mentor                 everyone
 * ───────────────────────────────────── ─────── ────────────────────────── ────────────────────────────── ────────────────────── ─────────
 * country-owned records (people,        all     the token's countries      the token's countries          —                      —
 *   organisations, new cohorts)
 * a cohort and what hangs off it        change  read: token's countries    change: cohorts they train     —                      —
 *   (sessions, attendance, roster,
 *   certificates, imports, exports)
 * a person's records (profile,          all     read: lives or enrolled    read: enrolled in a cohort     read: active mentees   self
 *   evidence, visits)                           in the token's countries   they train
 * giving a rating                       any     —                          practical, observation, tests, visit, for active      self-assessment
 *                                                                          import: for their trainees     mentees                of self
 * a mentoring visit (change)            all     —                          —                              their own visits       —
 * reports                               all     the token's countries      the cohorts they train         —                      —
 * programmes (read)                     all     the token's countries      all                            all                    all
 * contact details (email, phone)        all     —                          people of their countries;     —                      self
 *                                                                          in a cohort: its trainers only
 * account links (Keycloak username)     all     —                          —                              —                      —
 * </pre>
 *
 * Programme managers oversee with names and figures: they get no e-mail addresses or phone numbers.
 *
 * A record out of scope answers 404, so its existence does not leak; a record in scope but read only
 * answers 403 to a change. The authorization matrix test ({@code AuthorizationMatrixTest}) checks every
 * route against this table with real tokens.
 */
@RequestScoped
public class AccessPolicy {

    /** How far a caller reaches a record. */
    public enum Access {
        NONE, READ, CHANGE;

        public boolean canRead() {
            return this != NONE;
        }

        public boolean canChange() {
            return this == CHANGE;
        }
    }

    /** Where a cohort is and who trains it: all that scope needs to know of it. */
    public record CohortFacts(UUID id, UUID programmeId, String country, Set<UUID> trainers) {
    }

    @Inject
    CurrentUser user;

    @Inject
    ScopeFacts facts;

    private Optional<UUID> me;

    /** Active mentees of the caller asked about in this request (a visit asks twice: scope, then evidence). */
    private final java.util.Map<UUID, Boolean> activeMentees = new java.util.HashMap<>();

    // ── who is calling ──

    /** The person the signed-in user is (an admin links accounts to persons), if any. */
    public Optional<UUID> me() {
        if (me == null) {
            me = facts.personOfUser(user.getUsername());
        }
        return me;
    }

    /**
     * Adds to the caller's batch what {@link #me()} and {@link #mayRate mayRate(person, "visit")} would read for
     * these people, and keeps the answers once the batch has run: a mentor's visit asks both in its first round
     * trip instead of one query each. Nothing changes in what is decided.
     */
    public void prefetchMentorFacts(Collection<UUID> mentees, SqlReads.Batch reads) {
        String username = user.getUsername();
        if (username == null || username.isBlank()) {
            return; // no person to find: me() and mayRate answer without reading
        }
        if (me == null) {
            List<UUID> person = facts.personOfUser(username, reads);
            reads.afterRun(() -> me = person.stream().findFirst());
        }
        List<UUID> wanted = user.hasRole(Roles.MENTOR) && !user.isAdmin()
                ? mentees.stream().filter(m -> m != null && !activeMentees.containsKey(m)).distinct().toList() : List.of();
        if (!wanted.isEmpty()) {
            List<UUID> active = facts.activeMenteesOfUser(username, wanted, reads);
            reads.afterRun(() -> wanted.forEach(m -> activeMentees.put(m, active.contains(m))));
        }
    }

    public boolean isMe(UUID personId) {
        return me().map(personId::equals).orElse(false);
    }

    public boolean seesEverything() {
        return user.isAdmin();
    }

    public String username() {
        return user.getUsername();
    }

    // ── country-owned records ──

    /** Whether records owned by this country (people, organisations, new cohorts) are the caller's. */
    public boolean inMyCountries(String country) {
        return user.isAdmin() || (country != null && user.getCountries().contains(country));
    }

    /** The countries whose records the caller reaches; {@code null} means all (admin). */
    public Set<String> myCountriesOrAll() {
        return user.isAdmin() ? null : user.getCountries();
    }

    // ── cohorts ──

    /** The countries a programme manager oversees: reads their cohorts, people and reports (empty for other roles). */
    public Set<String> managedCountries() {
        return user.hasRole(Roles.PROGRAMME_MANAGER) ? user.getCountries() : Set.of();
    }

    /** The person whose cohorts a master trainer trains, if the caller is a (linked) master trainer. */
    public Optional<UUID> trainerMe() {
        return user.hasRole(Roles.MASTER_TRAINER) ? me() : Optional.empty();
    }


    public Access cohort(CohortFacts c) {
        if (user.isAdmin() || trains(c.trainers())) {
            return Access.CHANGE;
        }
        if (user.hasRole(Roles.PROGRAMME_MANAGER) && user.getCountries().contains(c.country())) {
            return Access.READ;
        }
        return Access.NONE;
    }

    /** Admins and master trainers create cohorts (a master trainer in their token's countries, training it). */
    public boolean mayCreateCohorts() {
        return user.isAdmin() || user.hasRole(Roles.MASTER_TRAINER);
    }

    /** Where a cohort is and who trains it, whoever asks (decide with {@link #cohort(CohortFacts)}). */
    public Optional<CohortFacts> cohortFacts(UUID cohortId) {
        return facts.cohort(cohortId);
    }

    public Access cohort(UUID cohortId) {
        return facts.cohort(cohortId).map(this::cohort).orElse(Access.NONE);
    }

    /** Whether the caller is one of these trainers (as a master trainer). */
    public boolean trains(Set<UUID> trainers) {
        return user.hasRole(Roles.MASTER_TRAINER) && me().map(trainers::contains).orElse(false);
    }

    /** The cohort if the caller may read it; 404 otherwise. */
    public CohortFacts readableCohort(UUID cohortId) {
        CohortFacts c = facts.cohort(cohortId).orElseThrow(() -> ApiProblem.notFound("Cohort " + cohortId));
        if (!cohort(c).canRead()) {
            throw ApiProblem.notFound("Cohort " + cohortId);
        }
        return c;
    }

    /** The cohort if the caller may change it; 404 when out of scope, 403 when read only. */
    public CohortFacts changeableCohort(UUID cohortId, String readOnlyDetail) {
        CohortFacts c = readableCohort(cohortId);
        if (!cohort(c).canChange()) {
            throw forbidden(readOnlyDetail);
        }
        return c;
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", detail, List.of());
    }

    // ── people and their evidence ──

    public boolean maySeePerson(UUID personId) {
        if (user.isAdmin() || isMe(personId)) {
            return true;
        }
        if (user.hasRole(Roles.MENTOR) && isActiveMenteeOfMe(personId)) {
            return true;
        }
        if (user.hasRole(Roles.MASTER_TRAINER) && me().map(m -> facts.isTrainedBy(m, personId)).orElse(false)) {
            return true;
        }
        return user.hasRole(Roles.PROGRAMME_MANAGER) && facts.personInCountries(personId, user.getCountries());
    }

    /** Whether the caller may give the person a rating from this source. */
    public boolean mayRate(UUID personId, String source) {
        return switch (source) {
            case "self" -> isMe(personId);
            case "visit" -> user.isAdmin() || user.hasRole(Roles.MENTOR) && isActiveMenteeOfMe(personId);
            case "practical", "observation", "pre-test", "post-test", "import" -> user.isAdmin()
                    || user.hasRole(Roles.MASTER_TRAINER) && me().map(m -> facts.isTrainedBy(m, personId)).orElse(false);
            default -> false;
        };
    }

    private boolean isActiveMenteeOfMe(UUID personId) {
        return personId != null && activeMentees.computeIfAbsent(personId,
                p -> me().map(m -> facts.isActiveMentor(m, p)).orElse(false));
    }

    // ── personal data ──

    /** E-mail and phone of people in the caller's scope: admins and master trainers, who organise training. */
    public boolean seesContactDetails() {
        return user.isAdmin() || user.hasRole(Roles.MASTER_TRAINER);
    }

    /** Which Keycloak account a person signs in with: admins only. */
    public boolean seesAccountLinks() {
        return user.isAdmin();
    }

    // ── mentoring visits ──

    public boolean mayChangeVisit(UUID mentorId) {
        return user.isAdmin() || isMe(mentorId);
    }

    public boolean maySeeVisit(UUID mentorId, Collection<UUID> mentees) {
        return mayChangeVisit(mentorId) || mentees.stream().anyMatch(this::maySeePerson);
    }

    // ── programmes ──

    /** Whether a programme running in these countries is visible (programme managers see only theirs). */
    public boolean maySeeProgramme(Collection<String> countries) {
        return seesAllProgrammes() || countries.stream().anyMatch(user.getCountries()::contains);
    }

    public boolean seesAllProgrammes() {
        return user.isAdmin() || !user.hasRole(Roles.PROGRAMME_MANAGER);
    }

    // ── reports ──

    /** Whether the caller may report on the programme at all. */
    public boolean mayReportOn(UUID programmeId) {
        return user.isAdmin() || facts.matches("programme", programmeId, reportableProgrammesSql("x"));
    }

    /**
     * An SQL condition with named parameters, for aggregates that must apply the same rule as the
     * checks above without loading rows: {@code where <sql>}, then bind {@code params}.
     */
    public record SqlCondition(String sql, java.util.Map<String, Object> params) {
        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** The cohorts the caller reads (see {@link #cohort(CohortFacts)}), as a condition on a cohort alias. */
    public SqlCondition readableCohortsSql(String alias) {
        if (user.isAdmin()) {
            return new SqlCondition("true", java.util.Map.of());
        }
        return new SqlCondition("(" + alias + ".country_code in (:scopeCountries) or exists (select 1 from cohort_trainer "
                + "scope_ct where scope_ct.cohort_id = " + alias + ".id and scope_ct.person_id = :scopeTrainer))",
                scopeParams());
    }

    /**
     * The reports' scope as whole countries, when it is one, as a condition on a country column: admins count
     * every country, a programme manager who trains no cohort the countries they manage (the same cohorts as
     * {@link #readableCohortsSql}). Empty when the scope goes cohort by cohort (a master trainer): such a report
     * must be counted from the cohorts.
     */
    public Optional<SqlCondition> reportCountriesSql(String countryColumn) {
        if (user.isAdmin()) {
            return Optional.of(new SqlCondition("true", java.util.Map.of()));
        }
        if (trainerMe().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new SqlCondition(countryColumn + " in (:scopeCountries)",
                java.util.Map.of("scopeCountries", ScopeFacts.orNone(managedCountries()))));
    }

    /** The programmes the caller reports on (running in a managed country, or with a cohort they train). */
    public SqlCondition reportableProgrammesSql(String alias) {
        if (user.isAdmin()) {
            return new SqlCondition("true", java.util.Map.of());
        }
        return new SqlCondition("(exists (select 1 from programme_country scope_pc where scope_pc.programme_id = " + alias
                + ".id and scope_pc.country_code in (:scopeCountries)) or exists (select 1 from cohort scope_c join "
                + "cohort_trainer scope_ct on scope_ct.cohort_id = scope_c.id where scope_c.programme_id = " + alias
                + ".id and scope_ct.person_id = :scopeTrainer))", scopeParams());
    }

    private java.util.Map<String, Object> scopeParams() {
        return java.util.Map.of("scopeCountries", ScopeFacts.orNone(managedCountries()),
                "scopeTrainer", trainerMe().orElse(ScopeFacts.NOBODY));
    }

    /**
     * Whether a report may be filtered to a place (country, or a region or organisation by its country):
     * a programme manager's own countries; a master trainer anywhere (their cohorts bound the counts).
     */
    public boolean mayReportOnCountry(String country) {
        return user.isAdmin() || trainerMe().isPresent() || managedCountries().contains(country);
    }

    /** Whether the cohort counts in the caller's reports. */
    public boolean mayReportOnCohort(CohortFacts c) {
        return user.isAdmin() || managedCountries().contains(c.country()) || trains(c.trainers());
    }

    // ── uploads ──

    /** An upload (an import preview) belongs to who made it; admins see all. */
    public boolean mayUseUpload(String uploader) {
        return user.isAdmin() || (uploader != null && uploader.equals(user.getUsername()));
    }
}
