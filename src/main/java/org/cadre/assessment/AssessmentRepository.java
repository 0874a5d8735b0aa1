package org.cadre.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {
}
