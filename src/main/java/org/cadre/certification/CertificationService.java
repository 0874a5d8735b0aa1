package org.cadre.certification;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.assessment.AssessmentService;
import org.cadre.assessment.ProfileService;
import org.cadre.cohort.RecordingAttendance;
import org.cadre.security.AccessLog;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Certification policies per programme and the eligibility of a cohort's trainees, from the attendance
 * rates (cohort feature), proficiency (assessment feature's ProficiencyPolicy) and post-test scores.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

    /** A programme's name, framework version and the competencies it selected (code → English statement). */
    record ProgrammeFacts(UUID id, String name, UUID versionId, String frameworkLabel, Map<String, String> selected) {
    }

    @Inject
    EntityManager em;

    @Inject
    CertificationPolicyRepository policies;

    @Inject
    CertificationScope scope;

    @Inject
    RecordingAttendance attendance;

    @Inject
    ProfileService profiles;

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser user;

    @Inject
    AccessLog accessLog;

    @Inject
    Locales locales;

    ProgrammeFacts programme(UUID programmeId) {
        List<?> rows = em.createNativeQuery("""
                        select p.name, p.framework_version_id, f.code || ' ' || v.version
                          from programme p join framework_version v on v.id = p.framework_version_id
                          join framework f on f.id = v.framework_id where p.id = ?1""")
                .setParameter(1, programmeId).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("Programme " + programmeId);
        }
        Object[] r = (Object[]) rows.get(0);
        UUID version = (UUID) r[1];
        Map<String, String> selected = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                        select c.code, c.statement ->> 'en' from competency c
                          join framework_function fn on fn.id = c.function_id
                         where c.framework_version_id = ?1
                           and (not exists (select 1 from programme_competency pc where pc.programme_id = ?2)
                                or c.id in (select pc.competency_id from programme_competency pc where pc.programme_id = ?2))
                         order by fn.position, c.position, c.code""")
                .setParameter(1, version).setParameter(2, programmeId).getResultList()) {
            Object[] c = (Object[]) row;
            selected.put((String) c[0], (String) c[1]);
        }
        return new ProgrammeFacts(programmeId, (String) r[0], version, (String) r[2], selected);
    }

    /** The required competency codes: the named subset, or everything the programme selected. */
    static List<String> required(CertificationPolicy policy, ProgrammeFacts programme) {
        List<String> named = policy.requiredCodeList();
        return named == null ? List.copyOf(programme.selected().keySet()) : named;
    }

    public CertificationApi.PolicyView policy(UUID programmeId) {
        ProgrammeFacts programme = programme(programmeId);
        return view(policies.forProgramme(programmeId), programme);
    }

    static CertificationApi.PolicyView view(CertificationPolicy p, ProgrammeFacts programme) {
        return new CertificationApi.PolicyView(p.programmeId, p.minAttendance, p.requiredCodeList(),
                required(p, programme), p.minPostTest, p.validityMonths, p.renewalWindowDays, p.updatedAt == null);
    }

    public CertificationApi.PolicyView setPolicy(UUID programmeId, CertificationApi.PolicyRequest r) {
        ProgrammeFacts programme = programme(programmeId);
        String codes = null;
        if (r.requiredCompetencies() != null) {
            Set<String> named = new LinkedHashSet<>(r.requiredCompetencies().stream().map(String::strip).toList());
            List<String> unknown = named.stream().filter(c -> !programme.selected().containsKey(c)).toList();
            if (!unknown.isEmpty()) {
                throw ApiProblem.invalid("requiredCompetencies", "not selected by the programme: " + String.join(", ", unknown));
            }
            if (named.isEmpty()) {
                throw ApiProblem.invalid("requiredCompetencies", "name at least one competency, or leave it out for all selected");
            }
            codes = String.join(",", named);
        }
        CertificationPolicy existing = policies.findByIdOptional(programmeId).orElse(null);
        CertificationPolicy p = existing != null ? existing : CertificationPolicy.defaults(programmeId);
        p.minAttendance = r.minAttendancePercent();
        p.requiredCodes = codes;
        p.minPostTest = r.minPostTestPercent();
        p.validityMonths = r.validityMonths();
        p.renewalWindowDays = r.renewalWindowDays();
        p.updatedBy = user.getUsername();
        p.updatedAt = Instant.now();
        if (existing == null) {
            policies.persist(p);
        }
        accessLog.record(AccessLog.Action.CHANGE, "programme", programmeId, "certification policy");
        return view(p, programme);
    }

    public CertificationApi.CohortEligibility eligibility(UUID cohortId) {
        CertificationScope.CohortFacts cohort = scope.readable(cohortId);
        ProgrammeFacts programme = programme(cohort.programmeId());
        CertificationPolicy policy = policies.forProgramme(programme.id());
        accessLog.record(AccessLog.Action.READ, "cohort", cohortId, "certification eligibility");
        return new CertificationApi.CohortEligibility(cohortId, programme.id(), view(policy, programme),
                evaluate(cohort, programme, policy, null));
    }

    /** Eligibility of the cohort's seated trainees (or of the given ones among them), in name order. */
    List<CertificationApi.Eligibility> evaluate(CertificationScope.CohortFacts cohort, ProgrammeFacts programme,
                                                CertificationPolicy policy, Collection<UUID> only) {
        Map<UUID, String> trainees = trainees(cohort.id());
        if (only != null) {
            List<UUID> strangers = only.stream().filter(id -> !trainees.containsKey(id)).toList();
            if (!strangers.isEmpty()) {
                throw ApiProblem.invalid("personIds", "not trainees of this cohort: " + strangers);
            }
            trainees.keySet().retainAll(only);
        }
        Map<UUID, BigDecimal> rates = attendance.rateOfEachPerson(cohort.id());
        List<String> required = required(policy, programme);
        CertificationMessages m = MessageBundles.get(CertificationMessages.class,
                Localized.Literal.of(locales.current().toLanguageTag()));
        EligibilityPolicy.Words words = new EligibilityPolicy.Words() {
            public String attendance(String rate, String needed) {
                return m.reason_attendance(rate, needed);
            }

            public String noAttendance(String needed) {
                return m.reason_noAttendance(needed);
            }

            public String notProficient(String code) {
                return m.reason_notProficient(code);
            }

            public String postTest(String score, String needed) {
                return m.reason_postTest(score, needed);
            }

            public String noPostTest(String needed) {
                return m.reason_noPostTest(needed);
            }
        };
        List<CertificationApi.Eligibility> result = new ArrayList<>();
        trainees.forEach((id, name) -> {
            BigDecimal postTest = assessments.latestPostTestPercent(id, cohort.id()).orElse(null);
            EligibilityPolicy.Outcome o = EligibilityPolicy.evaluate(policy, required, rates.get(id),
                    profiles.proficiencyByCode(id, programme.versionId()), postTest, words);
            result.add(new CertificationApi.Eligibility(id, name, o.eligible(), o.attendancePercent(), postTest,
                    o.notProficient(), o.reasons()));
        });
        return result;
    }

    /** Seated trainees (enrolled or completed), by name. */
    private Map<UUID, String> trainees(UUID cohortId) {
        Map<UUID, String> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                        select p.id, p.given_name || ' ' || p.family_name from enrolment e join person p on p.id = e.person_id
                         where e.cohort_id = ?1 and e.status in ('enrolled', 'completed')
                         order by p.family_name, p.given_name""")
                .setParameter(1, cohortId).getResultList()) {
            Object[] r = (Object[]) row;
            result.put((UUID) r[0], (String) r[1]);
        }
        return result;
    }
}
