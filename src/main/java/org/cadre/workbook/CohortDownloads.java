package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.cadre.cohort.CohortService;
import org.cadre.cohort.SchedulingSessions;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.util.UUID;

/**
 * The cohort workbooks (roster, sign-in sheets, scoring template, certificate register) for the API and for pages alike: the
 * cohort feature checks that the caller may read the cohort (404 otherwise) before anything is written.
 */
@ApplicationScoped
class CohortDownloads {

    @Inject
    CohortService cohorts;

    @Inject
    SchedulingSessions sessions;

    @Inject
    CohortExports cohortExports;

    @Inject
    ScoringTemplateExport scoringTemplate;

    @Inject
    WorkbookDownloads downloads;

    @Inject
    Locales locales;

    @Inject
    org.cadre.certification.CertificateRegister certificates;

    @Inject
    ReportExports reportExports;

    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * Writes the workbook in one transaction. Nothing an export reads is changed, so everything it loads is
     * read-only: no snapshot per entity, nothing to compare at commit (a national roster loads tens of
     * thousands); the audit and access-log rows it adds are new entities and are written as usual.
     */
    @Transactional
    Response download(UUID id, String export) {
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        boolean readOnlyBefore = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return write(id, export);
        } finally {
            session.setDefaultReadOnly(readOnlyBefore);
        }
    }

    private Response write(UUID id, String export) {
        var cohort = cohorts.view(id);
        var language = CohortExports.language(cohort, locales.current());
        return switch (export) {
            case "roster" -> {
                var enrolments = cohorts.enrolments(id);
                yield downloads.download("roster", id.toString(), cohort.name() + " - roster.xlsx", true,
                        book -> cohortExports.roster(book, cohort, enrolments, language,
                                cohort.canChange())); // contacts for whoever changes the cohort (AccessPolicy)
            }
            case "sign-in-sheets" -> {
                var days = sessions.ofCohort(id);
                var enrolments = cohorts.enrolments(id);
                yield downloads.download("sign-in-sheets", id.toString(), cohort.name() + " - sign-in.xlsx", true,
                        book -> cohortExports.signInSheets(book, cohort, days, enrolments, language));
            }
            case "scoring-template" -> {
                // the seated trainees as plain rows: a national roster has ten thousand, no entity is needed
                var seated = cohorts.seatedTrainees(id);
                yield downloads.download("scoring-template", id.toString(), cohort.name() + " - scores.xlsx", true,
                        book -> scoringTemplate.write(book, cohort, seated, language));
            }
            case "certificates" -> {
                var register = certificates.ofCohort(id);
                yield downloads.download("certificate-register", id.toString(), cohort.name() + " - certificates.xlsx",
                        true, book -> reportExports.certificates(book, cohort, register, language));
            }
            default -> throw ApiProblem.notFound("Workbook " + export);
        };
    }
}
