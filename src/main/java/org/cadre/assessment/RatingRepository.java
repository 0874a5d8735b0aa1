package org.cadre.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

    List<Rating> ofPerson(UUID personId, UUID versionId) {
        return list("personId = ?1 and frameworkVersionId = ?2 order by observedAt desc, recordedAt desc", personId, versionId);
    }

    List<Rating> ofSource(UUID sourceId) {
        return list("sourceId = ?1 order by recordedAt", sourceId);
    }

    long countOfPerson(UUID personId) {
        return count("personId", personId);
    }
}
