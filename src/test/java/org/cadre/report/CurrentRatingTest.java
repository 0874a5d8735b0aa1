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

    /**
     * A workshop's scoring template of a few hundred trainees writes thousands of (person, competency) pairs in one
     * transaction. The pair lock of V81 took a slot of PostgreSQL's shared lock table per pair until commit and
     * failed somewhere past 10,000 pairs ("out of shared memory"), and so did the report counts' lock per person (V83);
     * 20,000 people × 2 competencies (a national roster's template has 10,000 × 17) must go through.
     */
    @Test
    void oneTransactionMayRateThousandsOfPeople() {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("BJ");
        String family = "Bulk " + CohortFixtures.suffix();
        int people = 20_000;
        // 40,000 trigger runs in one statement: more than the default 60 s on a loaded machine
        int written = QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            em().createNativeQuery("""
                            insert into person (id, given_name, family_name, cadre, country_code, created_at)
                            select gen_random_uuid(), 'Trainee ' || n, :f, 'psw', 'BJ', now() from generate_series(1, :n) n""")
                    .setParameter("f", family).setParameter("n", people).executeUpdate();
            return em().createNativeQuery("""
                            insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username,
                                   observed_at, recorded_at)
                            select gen_random_uuid(), p.id, k.id, :v, 3, 'import', 'test', now(), now()
                            from person p cross join (values (:c1), (:c2)) k(id)
                            where p.family_name = :f""")
                    .setParameter("f", family).setParameter("v", fw.version()).setParameter("c1", fw.c1())
                    .setParameter("c2", fw.c2()).executeUpdate();
        });
        assertEquals(people * 2, written);
        Number current = (Number) QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery("""
                        select count(*) from current_rating cr join person p on p.id = cr.person_id
                        where p.family_name = :f and cr.level = 3""")
                .setParameter("f", family).getSingleResult());
        assertEquals(people * 2L, current.longValue());
    }

    /**
     * Two transactions rating the same person and competency at once: the one that commits second must still
     * see the first one's rating, or its own older observation would overwrite the newer one's current level.
     */
    @Test
    void concurrentRatingsOfOnePersonKeepTheLatestObservation() throws Exception {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("BJ");
        UUID person = CohortFixtures.person("Concurrent", "Rating " + CohortFixtures.suffix(), "BJ");
        Instant t = Instant.parse("2026-04-01T10:00:00Z");
        java.util.concurrent.CountDownLatch firstWrote = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var newer = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                insert(fw, person, 4, t.plusSeconds(600));
                firstWrote.countDown();
                sleep(1500); // the older observation's transaction is waiting now
            }));
            firstWrote.await();
            var older = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> insert(fw, person, 2, t)));
            newer.get();
            older.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(4), current(fw, person), "the later observation stays current");
    }

    /**
     * A new rating that corrects nothing is compared with the current one only (V96); a correction recomputes the pair.
     * After every step of a random history (sources, levels, observation times that often tie, corrections of any
     * earlier rating), the kept level must be the one a ranking of all the pair's ratings gives.
     */
    @Test
    void keptLevelAgreesWithARankingOfAllRatingsAfterEveryStep() {
        EvidenceFixtures.Fw fw = EvidenceFixtures.framework("BJ");
        UUID person = CohortFixtures.person("Ranked", "Rating " + CohortFixtures.suffix(), "BJ");
        Instant t = Instant.parse("2026-05-01T12:00:00Z");
        String[] sources = {"visit", "practical", "observation", "import", "self"};
        java.util.Random random = new java.util.Random(42);
        List<UUID> written = new java.util.ArrayList<>();
        for (int step = 0; step < 120; step++) {
            String source = sources[random.nextInt(sources.length)];
            int level = 1 + random.nextInt(4);
            Instant at = t.plusSeconds(3600L * random.nextInt(4)); // four observation times: many ties
            UUID supersedes = !written.isEmpty() && random.nextInt(5) == 0 ? written.get(random.nextInt(written.size())) : null;
            written.add(rate(fw, person, level, source, at, supersedes));
            List<?> ranked = QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery("""
                            select r.level from rating r
                             where r.person_id = :p and r.competency_id = :c and r.source <> 'self'
                               and not exists (select 1 from rating x where x.supersedes_id = r.id)
                             order by r.observed_at desc,
                                      case r.source when 'practical' then 0 when 'observation' then 1 when 'visit' then 1
                                                    when 'import' then 2 else 9 end, r.level
                             limit 1""")
                    .setParameter("p", person).setParameter("c", fw.c1()).getResultList());
            assertEquals(ranked, current(fw, person), "step " + step + ": " + source + " " + level + " at " + at
                    + (supersedes == null ? "" : ", a correction"));
        }
    }

    private static void insert(EvidenceFixtures.Fw fw, UUID person, int level, Instant at) {
        em().createNativeQuery("""
                        insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username,
                               observed_at, recorded_at)
                        values (gen_random_uuid(), :p, :c, :v, :l, 'practical', 'test', :at, now())""")
                .setParameter("p", person).setParameter("c", fw.c1()).setParameter("v", fw.version())
                .setParameter("l", level).setParameter("at", at).executeUpdate();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
