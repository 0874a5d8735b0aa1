package org.cadre.cohort;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cadre.people.Organisation;
import org.cadre.people.OrganisationRepository;
import org.cadre.people.Person;
import org.cadre.people.PersonRepository;
import org.cadre.testsupport.CohortFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data, loaded inside a transaction that is rolled back so the shared test database stays clean. */
@QuarkusTest
class CohortDemoTest {

    @Inject
    CohortDemo demo;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    PersonRepository persons;

    @Inject
    OrganisationRepository organisations;

    @Test
    void demoIsNeverStartedOutsideDevMode() {
        assertFalse(Arc.container().instance(CohortDemoData.class).isAvailable());
    }

    @Test
    void demoHasTheFourProgrammesShapesAndRollsBack() {
        CohortFixtures.programme("BJ"); // a framework version exists for the demo programmes to adopt
        long before = cohorts.count();
        QuarkusTransaction.begin();
        try {
            demo.load();
            Cohort cotonou = cohorts.find("name like ?1", "%Cotonou 2016%").firstResult();
            assertEquals(LocalDate.of(2016, 4, 12), cotonou.startsOn);
            assertEquals(LocalDate.of(2016, 4, 15), cotonou.endsOn);
            assertEquals("fr", cotonou.language);
            List<Enrolment> seated = enrolments.seated(cotonou.id);
            assertEquals(37, seated.size());
            Set<String> countries = persons.byIds(seated.stream().map(e -> e.personId).toList()).stream()
                    .map(p -> p.countryCode).collect(Collectors.toSet());
            assertEquals(Set.of("BJ", "TG", "BF", "NE", "CI", "SN", "ML", "CM"), countries);
            Person mtBenin = persons.linkedTo("mt.benin").orElseThrow();
            assertTrue(cotonou.trainers.contains(mtBenin.id));

            Cohort balti = cohorts.find("name like ?1", "%Bălți%").firstResult();
            assertEquals("ro", balti.language);
            assertEquals(LocalDate.of(2025, 7, 29), balti.startsOn);
            assertEquals(LocalDate.of(2025, 7, 30), balti.endsOn);
            assertTrue(balti.trainers.contains(persons.linkedTo("mt.moldova").orElseThrow().id));
            TrainingSession first = sessions.ofCohort(balti.id).get(0);
            assertEquals(LocalDateTime.of(2025, 7, 29, 9, 0), first.localStart);
            assertEquals("2025-07-29T06:00:00Z", first.startsAt.toString());

            assertEquals(2, cohorts.count("countryCode = 'VN' and (name like ?1 or name like ?2)", "%Bình Dương%", "%Quảng Ninh%"));
            Organisation quangNinh = organisations.find("name like ?1", "%Quảng Ninh (demo)%").firstResult();
            assertEquals("child-protection-centre", quangNinh.kind);
            assertEquals(1, cohorts.count("countryCode = 'MX' and timeZone = 'America/Monterrey'"));
            assertTrue(persons.linkedTo("trainee.vietnam").isPresent());

            demo.load(); // idempotent
            assertEquals(1, cohorts.count("name like ?1", "%Cotonou 2016%"));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(before, cohorts.count());
    }
}
