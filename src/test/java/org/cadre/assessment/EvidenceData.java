package org.cadre.assessment;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.UUID;

/** Writes ratings straight into the evidence table (as an import would), for profile tests. */
final class EvidenceData {

    private EvidenceData() {
    }

    static UUID rating(UUID person, UUID competency, UUID version, int level, String source, String rater,
                       String observedAt, UUID supersedes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            Arc.container().instance(EntityManager.class).get().createNativeQuery("""
                            insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username,
                                                observed_at, recorded_at, supersedes_id)
                            values (:id, :p, :c, :v, :l, :s, :r, :o, now(), :sup)""")
                    .setParameter("id", id).setParameter("p", person).setParameter("c", competency).setParameter("v", version)
                    .setParameter("l", level).setParameter("s", source).setParameter("r", rater)
                    .setParameter("o", Instant.parse(observedAt)).setParameter("sup", supersedes).executeUpdate();
            return id;
        });
    }
}
