package org.cadre.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    List<TrainingSession> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by startsAt", cohortId);
    }

    List<TrainingSession> trainedBy(UUID personId) {
        return list("select s from TrainingSession s where ?1 member of s.trainers order by s.startsAt", personId);
    }
}
