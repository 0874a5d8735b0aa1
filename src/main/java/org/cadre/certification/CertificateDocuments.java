package org.cadre.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One certificate as a document (printable page, PDF, Open Badge) for those who may read it: admins,
 * master trainers of its cohort, programme managers of its country, and its holder. Others get 404.
 * The language is the one asked for (when supported), else the holder's saved choice, else the
 * cohort's language, else English. Every read is written to the access log.
 */
@ApplicationScoped
@Transactional
public class CertificateDocuments {

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificationScope scope;

    @Inject
    CertificationService certification;

    @Inject
    IssuingCertificates issuing;

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    BadgeConfig config;

    /** The certificate, read for {@code purpose} (logged), in {@code language} or the holder's language. */
    CertificateDocument read(UUID id, String language, String baseUrl, String purpose) {
        Certificate c = readable(id);
        accessLog.record(AccessLog.Action.READ, "certificate", c.id, purpose + " " + c.number);
        return document(c, resolve(language, c), baseUrl);
    }

    /** The certificate if the caller may read it; else 404 (also for unknown ids). */
    Certificate readable(UUID id) {
        Certificate c = certificates.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Certificate " + id));
        CertificationScope.CohortFacts cohort = scope.facts(c.cohortId).orElseThrow(() -> ApiProblem.notFound("Certificate " + id));
        if (!scope.canReadCertificate(cohort, c.personId)) {
            throw ApiProblem.notFound("Certificate " + id);
        }
        return c;
    }

    /** Certificates of a person the caller may read (none when the person is unknown or out of scope), newest first. */
    List<CertificationApi.CertificateView> ofPerson(UUID personId) {
        List<Certificate> list = certificates.list("personId = ?1 order by issuedOn desc, generation desc", personId);
        Map<UUID, Boolean> readable = new HashMap<>();
        List<Certificate> visible = list.stream().filter(c -> readable.computeIfAbsent(c.cohortId,
                cohort -> scope.facts(cohort).map(f -> scope.canReadCertificate(f, personId)).orElse(false))).toList();
        if (!visible.isEmpty()) {
            accessLog.record(AccessLog.Action.READ, "person", personId, "certificates");
        }
        String name = visible.isEmpty() ? "" : issuing.personName(personId);
        return visible.stream().map(c -> IssuingCertificates.view(c, name, certification.programme(c.programmeId).name()))
                .toList();
    }

    /** The signed-in user's person id, if they are linked to one. */
    Optional<UUID> me() {
        return scope.me();
    }

    Locale resolve(String requested, Certificate c) {
        Optional<Locale> asked = Locales.supported(requested);
        if (asked.isPresent()) {
            return asked.get();
        }
        List<?> saved = em.createNativeQuery("""
                        select u.locale from person p join user_preference u on u.subject = p.keycloak_subject
                         where p.id = ?1""")
                .setParameter(1, c.personId).getResultList();
        Optional<Locale> preferred = saved.stream().map(String.class::cast).findFirst().flatMap(Locales::supported);
        if (preferred.isPresent()) {
            return preferred.get();
        }
        List<?> cohort = em.createNativeQuery("select language from cohort where id = ?1")
                .setParameter(1, c.cohortId).getResultList();
        return cohort.stream().map(String.class::cast).findFirst().flatMap(Locales::supported).orElse(Locale.ENGLISH);
    }

    private CertificateDocument document(Certificate c, Locale locale, String baseUrl) {
        String lang = locale.getLanguage();
        Object[] fw = (Object[]) em.createNativeQuery("""
                        select f.code, coalesce(v.title ->> ?2, v.title ->> 'en'), v.version
                          from framework_version v join framework f on f.id = v.framework_id where v.id = ?1""")
                .setParameter(1, c.frameworkVersionId).setParameter(2, lang).getSingleResult();
        Map<String, Object[]> titles = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select code, id, coalesce(statement ->> ?2, statement ->> 'en') from competency
                         where framework_version_id = ?1""")
                .setParameter(1, c.frameworkVersionId).setParameter(2, lang).getResultList()) {
            Object[] r = (Object[]) row;
            titles.put((String) r[0], r);
        }
        List<CertificateDocument.Line> lines = new ArrayList<>();
        for (CertificationApi.Attested a : c.attested()) {
            Object[] t = titles.get(a.code());
            lines.add(t == null ? new CertificateDocument.Line(null, a.code(), a.statement())
                    : new CertificateDocument.Line((UUID) t[1], a.code(), (String) t[2]));
        }
        return new CertificateDocument(c.id, locale, issuing.personName(c.personId),
                certification.programme(c.programmeId).name(), c.programmeId, (String) fw[0], (String) fw[1],
                (String) fw[2], lines, c.number, c.verificationCode, c.issuedOn, c.expiresOn,
                c.status(IssuingCertificates.today()), c.revokedAt, config.issuerName(), baseUrl);
    }
}
