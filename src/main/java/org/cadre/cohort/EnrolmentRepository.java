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

    /** How many enrolments of the cohort have each status (statuses without any are left out). */
    java.util.Map<String, Long> countsByStatus(UUID cohortId) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        getEntityManager().createQuery("select e.status, count(e) from Enrolment e where e.cohortId = ?1 group by e.status",
                        Object[].class)
                .setParameter(1, cohortId).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The persons holding a seat (enrolled or completed) in the cohort, in enrolment order, as plain rows: one
     * statement joining the person, no entities (a national roster has ten thousand).
     */
    List<CohortApi.SeatedTrainee> seatedTrainees(UUID cohortId) {
        flush();
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement("""
                    select e.person_id, p.given_name, p.family_name from enrolment e join person p on p.id = e.person_id
                     where e.cohort_id = ? and e.status in (?, ?) order by e.enrolled_at, e.id""")) {
                st.setObject(1, cohortId);
                st.setString(2, Enrolment.ENROLLED);
                st.setString(3, Enrolment.COMPLETED);
                List<CohortApi.SeatedTrainee> found = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(new CohortApi.SeatedTrainee(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                    }
                }
                return found;
            }
        });
    }

    List<Enrolment> seated(UUID cohortId) {
        return list("cohortId = ?1 and status in ?2 order by enrolledAt", cohortId,
                List.of(Enrolment.ENROLLED, Enrolment.COMPLETED));
    }
}
