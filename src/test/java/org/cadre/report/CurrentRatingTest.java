package org.cadre.report;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code current_rating} (V81), which the reports read, follows each insert into the append-only rating
 * table: the latest assessor rating wins, a correction retires what it corrects — whatever its source.
 */
@QuarkusTest
class CurrentRatingTest {

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static UUID rate(EvidenceFixtures.Fw fw, UUID person, int level, String source, Instant at, UUID supersedes) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("""
                        insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username,
                               observed_at, recorded_at, supersedes_id)
                        values (:id, :p, :c, :v, :l, :s, 'test', :at, now(), :sup)""")
                .setParameter("id", id).setParameter("p", person).setParameter("c", fw.c1()).setParameter("v", fw.version())
                .setParameter("l", level).setParameter("s", source).setParameter("at", at).setParameter("sup", supersedes)
                .executeUpdate());
        return id;
    }

    private static List<?> current(EvidenceFixtures.Fw fw, UUID person) {
        return QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery(
                        "select level from current_rating where person_id = :p and competency_id = :c")
                .setParameter("p", person).setParameter("c", fw.c1()).getResultList());
    }

    @Test
    void followsNewRatingsAndCorrectionsOfAnySource() {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("BJ");
        UUID person = CohortFixtures.person("Current", "Rating " + CohortFixtures.suffix(), "BJ");
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        UUID practical = rate(fw, person, 2, "practical", t, null);
        assertEquals(List.of(2), current(fw, person));
        rate(fw, person, 4, "self", t.plusSeconds(60), null);
        assertEquals(List.of(2), current(fw, person), "a self-assessment never counts");
        rate(fw, person, 3, "observation", t.plusSeconds(120), null);
        assertEquals(List.of(3), current(fw, person), "the latest assessor rating wins");
        UUID observation = (UUID) QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery(
                        "select rating_id from current_rating where person_id = :p and competency_id = :c", UUID.class)
                .setParameter("p", person).setParameter("c", fw.c1()).getSingleResult());
        rate(fw, person, 1, "self", t.plusSeconds(180), observation);
        assertEquals(List.of(2), current(fw, person), "a correction of any source retires the corrected rating");
        rate(fw, person, 1, "practical", t.plusSeconds(240), practical);
        assertEquals(List.of(1), current(fw, person), "the practical's own correction now stands");
    }
}
