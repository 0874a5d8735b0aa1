package org.cadre.mentoring;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MentoringDemoTest {

    @Inject
    MentoringDemo demo;

    @Test
    void demoMentorsGetMenteesOfTheirCountryOnce() {
        UUID mentor = CohortFixtures.linkedPerson("mentor.moldova", "MD");
        EvidenceFixtures.trainee(EvidenceFixtures.cohort(EvidenceFixtures.framework("MD"), "MD"), "MD");
        demo.load();
        long assigned = EvidenceFixtures.count("select count(*) from mentor_assignment where mentor_id = ?1", mentor);
        assertTrue(assigned >= 1);
        assertEquals(0, EvidenceFixtures.count("""
                select count(*) from mentor_assignment a join person p on p.id = a.mentee_id
                 where a.mentor_id = ?1 and a.created_by = 'demo' and p.country_code <> 'MD'""", mentor));
        assertEquals(0, demo.load(), "loading again adds nothing");
        assertEquals(assigned, EvidenceFixtures.count("select count(*) from mentor_assignment where mentor_id = ?1", mentor));
    }
}
