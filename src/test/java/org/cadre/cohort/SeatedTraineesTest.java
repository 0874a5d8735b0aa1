package org.cadre.cohort;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.cadre.web.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.cadre.testsupport.CohortFixtures.cohort;
import static org.cadre.testsupport.CohortFixtures.enrol;
import static org.cadre.testsupport.CohortFixtures.person;
import static org.cadre.testsupport.CohortFixtures.programme;
import static org.cadre.testsupport.CohortFixtures.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The plain-row read of a cohort's seated trainees (for large exports) and the counted cohort view give what
 * reading every enrolment and person gives.
 */
@QuarkusTest
class SeatedTraineesTest {

    @Inject
    CohortService cohorts;

    @Inject
    EnrolmentRepository enrolments;

    private record Made(UUID cohort, List<UUID> persons) {
    }

    private Made cohortWithEveryStatus() {
        UUID trainer = person("Kodjo", "Hounsa " + suffix(), "BJ");
        UUID cohort = cohort(programme("BJ"), "BJ", "Africa/Porto-Novo", "Parakou", LocalDate.of(2018, 3, 5),
                LocalDate.of(2018, 3, 9), 40, trainer);
        String family = "Seated " + suffix();
        List<UUID> persons = List.of(person("Zinsou", family, "BJ"), person("Ámos", family, "BJ"),
                person("Amos", family, "BJ"), person("Bola", family, "BJ"), person("=cmd", family, "BJ"),
                person("Chidi", family, "BJ"), person("Ayo", family, "BJ"));
        persons.forEach(p -> enrol(cohort, p));
        QuarkusTransaction.requiringNew().run(() -> {
            status(cohort, persons.get(1), Enrolment.COMPLETED);
            status(cohort, persons.get(3), Enrolment.WAITLISTED);
            status(cohort, persons.get(5), Enrolment.WITHDRAWN);
            status(cohort, persons.get(6), Enrolment.WAITLISTED);
        });
        return new Made(cohort, persons);
    }

    private void status(UUID cohort, UUID person, String status) {
        enrolments.getEntityManager().createNativeQuery("update enrolment set status = ?1 where cohort_id = ?2 and person_id = ?3")
                .setParameter(1, status).setParameter(2, cohort).setParameter(3, person).executeUpdate();
    }

    @Test
    @TestSecurity(user = "seated-admin", roles = "admin")
    void seatedTraineesAreTheEnrolledAndCompletedEnrolmentsInEnrolmentOrderWithThePersonsNames() {
        Made made = cohortWithEveryStatus();
        QuarkusTransaction.requiringNew().run(() -> {
            List<CohortApi.EnrolmentView> all = cohorts.enrolments(made.cohort());
            List<List<Object>> reference = all.stream()
                    .filter(e -> e.status().equals(Enrolment.ENROLLED) || e.status().equals(Enrolment.COMPLETED))
                    .map(e -> List.<Object>of(e.personId(), e.name())).toList();
            List<List<Object>> seated = cohorts.seatedTrainees(made.cohort()).stream()
                    .map(t -> List.<Object>of(t.personId(), t.name())).toList();
            assertEquals(4, seated.size(), seated.toString());
            assertEquals(reference, seated);
            assertEquals(List.of(made.persons().get(0), made.persons().get(1), made.persons().get(2), made.persons().get(4)),
                    seated.stream().map(s -> s.get(0)).toList(), "in enrolment order");
        });
    }

    @Test
    @TestSecurity(user = "seated-admin", roles = "admin")
    void theCohortViewCountsSeatsAndWaitingAsTheEnrolmentsDo() {
        Made made = cohortWithEveryStatus();
        QuarkusTransaction.requiringNew().run(() -> {
            CohortApi.CohortView view = cohorts.view(made.cohort());
            List<CohortApi.EnrolmentView> all = cohorts.enrolments(made.cohort());
            assertEquals(4, view.enrolled());
            assertEquals(2, view.waitlisted());
            assertEquals(all.stream().filter(e -> e.status().equals(Enrolment.ENROLLED)
                    || e.status().equals(Enrolment.COMPLETED)).count(), view.enrolled());
            assertEquals(all.stream().filter(e -> e.status().equals(Enrolment.WAITLISTED)).count(), view.waitlisted());
        });
    }

    @Test
    @TestSecurity(user = "seated-pm-vn", roles = "programme-manager")
    @OidcSecurity(claims = @Claim(key = "countries", value = "[\"VN\"]", type = ClaimType.JSON_ARRAY))
    void seatedTraineesOfACohortOutOfScopeAreNotFound() {
        Made made = cohortWithEveryStatus();
        ApiProblem problem = assertThrows(ApiProblem.class, () -> cohorts.seatedTrainees(made.cohort()));
        assertEquals(404, problem.status());
    }
}
