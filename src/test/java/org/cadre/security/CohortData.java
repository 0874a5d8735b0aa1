package org.cadre.security;

import org.cadre.testsupport.CohortFixtures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The cohort records the authorization matrix calls: created once per test run. */
final class CohortData {

    private static CohortData instance;

    final UUID programme;
    final UUID vnProgramme;
    final UUID trainer;
    final UUID otherTrainer;
    final UUID trainee;
    final UUID leaver;
    final UUID vnPerson;
    final UUID cohort;
    final UUID vnCohort;
    final UUID session;
    final UUID vnSession;

    private CohortData() {
        String s = CohortFixtures.suffix();
        programme = CohortFixtures.programme("BJ");
        vnProgramme = CohortFixtures.programme("VN");
        trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        otherTrainer = CohortFixtures.person("Matrix", "Trainer " + s, "VN");
        trainee = CohortFixtures.person("Matrix", "Trainee " + s, "BJ");
        leaver = CohortFixtures.person("Matrix", "Leaver " + s, "BJ");
        vnPerson = CohortFixtures.person("Matrix", "Học viên " + s, "VN");
        cohort = CohortFixtures.cohort(programme, "BJ", "Africa/Porto-Novo", null, LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 31), 100, trainer);
        vnCohort = CohortFixtures.cohort(vnProgramme, "VN", "Asia/Ho_Chi_Minh", null, LocalDate.of(2030, 3, 1),
                LocalDate.of(2030, 3, 31), 100, otherTrainer);
        CohortFixtures.enrol(cohort, trainee);
        CohortFixtures.enrol(cohort, leaver);
        session = CohortFixtures.session(cohort, "Africa/Porto-Novo", LocalDateTime.of(2030, 3, 30, 14, 0),
                LocalDateTime.of(2030, 3, 30, 15, 0), null, trainer);
        vnSession = CohortFixtures.session(vnCohort, "Asia/Ho_Chi_Minh", LocalDateTime.of(2030, 3, 30, 14, 0),
                LocalDateTime.of(2030, 3, 30, 15, 0), null, otherTrainer);
    }

    static synchronized CohortData get() {
        if (instance == null) {
            instance = new CohortData();
        }
        return instance;
    }

    static UUID newTrainee() {
        return CohortFixtures.person("Matrix", "Enrolee " + CohortFixtures.suffix(), "BJ");
    }
}
