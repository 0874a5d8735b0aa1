package org.cadre.certification;

import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certificate of a trainee whose name is hostile markup with Romanian letters, issued 14 March 2026
 * in a cohort trained by mt.benin, attesting three competencies: the first translated into French and
 * Romanian, the second into French only, the third English only. The holder signs in as
 * {@link #HOLDER_USER}; a second trainee of the cohort holds {@link #otherCertificate}.
 */
final class CertificateData {

    static final String HOLDER_USER = "cert.holder";
    static final String GIVEN = "Ștefana <script>alert(1)</script>";
    static final String FAMILY = "Țăranu-Îâncu";
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 14);
    static final LocalDate EXPIRES = LocalDate.of(2028, 3, 14);

    final EvidenceFixtures.Fw fw;
    final UUID cohort;
    final UUID holder;
    final UUID certificate;
    final UUID otherCertificate;
    final String code;
    final String number;
    final List<String> codes;

    CertificateData(String cohortLanguage) {
        fw = EvidenceFixtures.framework("BJ");
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        cohort = EvidenceFixtures.cohort(fw, "BJ", trainer);
        CertificationFixtures.update("update cohort set language = ?1 where id = ?2", cohortLanguage, cohort);
        holder = CohortFixtures.person(GIVEN, FAMILY, "BJ");
        CohortFixtures.enrol(cohort, holder);
        CertificationFixtures.update("update person set keycloak_username = null where keycloak_username = ?1", HOLDER_USER);
        CertificationFixtures.update("update person set keycloak_username = ?1 where id = ?2", HOLDER_USER, holder);
        codes = List.of(codeOf(fw.c1()), codeOf(fw.c2()), codeOf(fw.c3()));
        CertificationFixtures.update("""
                update competency set statement = statement || cast(?1 as jsonb) where id = ?2""",
                "{\"fr\":\"Mène un entretien d’accueil\",\"ro\":\"Conduce interviul de primire și evaluarea inițială\"}", fw.c1());
        CertificationFixtures.update("update competency set statement = statement || cast(?1 as jsonb) where id = ?2",
                "{\"fr\":\"Rédige un plan d’intervention\"}", fw.c2());
        certificate = certificate(holder);
        UUID other = CohortFixtures.person("Other", "Holder " + CohortFixtures.suffix(), "BJ");
        CohortFixtures.enrol(cohort, other);
        otherCertificate = certificate(other);
        code = (String) CertificationFixtures.value("select verification_code from certificate where id = ?1", certificate);
        number = (String) CertificationFixtures.value("select number from certificate where id = ?1", certificate);
    }

    private UUID certificate(UUID person) {
        UUID id = CertificationFixtures.certificate(person, fw.programme(), cohort, ISSUED, EXPIRES);
        StringBuilder lines = new StringBuilder();
        for (String c : codes) {
            lines.append(c).append('\t').append("Does ").append(c).append(" well").append('\n');
        }
        CertificationFixtures.update("update certificate set competencies = ?1 where id = ?2", lines.toString(), id);
        return id;
    }

    private static String codeOf(UUID competency) {
        return (String) CertificationFixtures.value("select code from competency where id = ?1", competency);
    }

    String name() {
        return GIVEN + " " + FAMILY;
    }
}
