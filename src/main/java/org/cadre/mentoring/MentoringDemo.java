package org.cadre.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo mentoring: the demo mentors (mentor.moldova, mentor.mexico) follow up to four enrolled people of
 * their country. Idempotent: a mentor who already has mentees is left alone.
 */
@ApplicationScoped
class MentoringDemo {

    static final Map<String, String> MENTORS = Map.of("mentor.moldova", "MD", "mentor.mexico", "MX");

    @Inject
    EntityManager em;

    /** @return how many assignments were added */
    @Transactional
    int load() {
        int added = 0;
        for (var entry : MENTORS.entrySet()) {
            List<?> mentor = em.createNativeQuery("select id from person where keycloak_username = ?1")
                    .setParameter(1, entry.getKey()).getResultList();
            if (mentor.isEmpty()) {
                continue;
            }
            UUID mentorId = (UUID) mentor.get(0);
            Number existing = (Number) em.createNativeQuery("select count(*) from mentor_assignment where mentor_id = ?1")
                    .setParameter(1, mentorId).getSingleResult();
            if (existing.longValue() > 0) {
                continue;
            }
            List<?> mentees = em.createNativeQuery("""
                            select distinct p.id, p.family_name from person p join enrolment e on e.person_id = p.id
                             where p.country_code = ?1 and p.keycloak_username is null and e.status <> 'withdrawn'
                             order by p.family_name, p.id limit 4""")
                    .setParameter(1, entry.getValue()).getResultList();
            for (Object row : mentees) {
                em.createNativeQuery("""
                                insert into mentor_assignment (id, mentor_id, mentee_id, since, created_by, created_at)
                                values (?1, ?2, ?3, current_date - 30, 'demo', now())""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, mentorId)
                        .setParameter(3, ((Object[]) row)[0]).executeUpdate();
                added++;
            }
        }
        return added;
    }
}
