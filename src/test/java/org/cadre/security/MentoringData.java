package org.cadre.security;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;

import java.util.UUID;

/**
 * Evidence records the authorization matrix calls, created once per run: a Moldovan mentee of
 * mentor.moldova with a draft visit (and an action point) and a visit rating; a Benin cohort trained by
 * mt.benin with a trainee who sat a pre-test; trainee.benin enrolled in it; a Vietnamese trainee.
 */
final class MentoringData {

    private static MentoringData instance;

    final EvidenceFixtures.Fw md;
    final EvidenceFixtures.Fw bj;
    final UUID mentor;
    final UUID mentee;
    final UUID visit;
    final UUID actionPoint;
    final UUID rating;
    final UUID bjCohort;
    final UUID bjTrainee;
    final UUID assessment;
    final UUID traineeBenin;
    final UUID vnTrainee;

    private MentoringData() {
        md = EvidenceFixtures.framework("MD");
        bj = EvidenceFixtures.framework("BJ");
        mentor = CohortFixtures.linkedPerson("mentor.moldova", "MD");
        mentee = EvidenceFixtures.trainee(EvidenceFixtures.cohort(md, "MD"), "MD");
        EvidenceFixtures.assign(mentor, mentee);
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        bjCohort = EvidenceFixtures.cohort(bj, "BJ", trainer);
        bjTrainee = EvidenceFixtures.trainee(bjCohort, "BJ");
        traineeBenin = CohortFixtures.linkedPerson("trainee.benin", "BJ");
        CohortFixtures.enrol(bjCohort, traineeBenin);
        EvidenceFixtures.Fw vn = EvidenceFixtures.framework("VN");
        vnTrainee = EvidenceFixtures.trainee(EvidenceFixtures.cohort(vn, "VN"), "VN");
        visit = UUID.randomUUID();
        actionPoint = UUID.randomUUID();
        rating = UUID.randomUUID();
        assessment = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("""
                            insert into mentoring_visit (id, mentor_id, visit_date, mode, status, framework_version_id,
                                   strengths, created_by, created_at, updated_at)
                            values (:id, :m, date '2026-05-12', 'on-site', 'draft', :v, '', 'mentor.moldova', now(), now())""")
                    .setParameter("id", visit).setParameter("m", mentor).setParameter("v", md.version()).executeUpdate();
            em.createNativeQuery("insert into visit_mentee (visit_id, person_id) values (:v, :p)")
                    .setParameter("v", visit).setParameter("p", mentee).executeUpdate();
            em.createNativeQuery("insert into action_point (id, visit_id, person_id, text, status) values (:id, :v, :p, 'Call', 'open')")
                    .setParameter("id", actionPoint).setParameter("v", visit).setParameter("p", mentee).executeUpdate();
            em.createNativeQuery("""
                            insert into rating (id, person_id, competency_id, framework_version_id, level, source, source_id,
                                   rater_username, rater_person_id, observed_at, recorded_at)
                            values (:id, :p, :c, :v, 2, 'visit', :visit, 'mentor.moldova', :m, now(), now())""")
                    .setParameter("id", rating).setParameter("p", mentee).setParameter("c", md.c1())
                    .setParameter("v", md.version()).setParameter("visit", visit).setParameter("m", mentor).executeUpdate();
            em.createNativeQuery("""
                            insert into assessment (id, kind, person_id, cohort_id, framework_version_id, assessor_username,
                                   assessed_on, score, max_score, recorded_at)
                            values (:id, 'pre-test', :p, :c, :v, 'mt.benin', date '2026-03-01', 12, 20, now())""")
                    .setParameter("id", assessment).setParameter("p", bjTrainee).setParameter("c", bjCohort)
                    .setParameter("v", bj.version()).executeUpdate();
        });
    }

    static synchronized MentoringData get() {
        if (instance == null) {
            instance = new MentoringData();
        }
        return instance;
    }
}
