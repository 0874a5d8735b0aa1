package org.cadre.mentoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class MentorAssignmentRepository implements PanacheRepositoryBase<MentorAssignment, UUID> {

    List<MentorAssignment> activeOf(UUID mentorId, LocalDate on) {
        return list("mentorId = ?1 and since <= ?2 and (until is null or until > ?2)", mentorId, on);
    }
}
