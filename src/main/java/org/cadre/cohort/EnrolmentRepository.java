package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    List<Enrolment> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by enrolledAt", cohortId);
    }

    Optional<Enrolment> of(UUID cohortId, UUID personId) {
        return find("cohortId = ?1 and personId = ?2", cohortId, personId).firstResultOptional();
    }

    /** The status of each of these persons that is in the cohort (one statement, ids bound as an array). */
    java.util.Map<UUID, String> statuses(UUID cohortId, java.util.Collection<UUID> personIds) {
        flush();
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement(
                    "select person_id, status from enrolment where cohort_id = ? and person_id = any(?)")) {
                st.setObject(1, cohortId);
                st.setArray(2, connection.createArrayOf("uuid", personIds.toArray()));
                java.util.Map<UUID, String> found = new java.util.HashMap<>();
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
                return found;
            }
        });
    }

    long seatsTaken(UUID cohortId) {
        return count("cohortId = ?1 and status in ?2", cohortId, List.of(Enrolment.ENROLLED, Enrolment.COMPLETED));
    }

    Optional<Enrolment> firstWaiting(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by enrolledAt", cohortId, Enrolment.WAITLISTED)
                .firstResultOptional();
    }

    List<Enrolment> seated(UUID cohortId) {
        return list("cohortId = ?1 and status in ?2 order by enrolledAt", cohortId,
                List.of(Enrolment.ENROLLED, Enrolment.COMPLETED));
    }
}
