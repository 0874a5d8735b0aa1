package org.cadre.certification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
class CertificationPolicyRepository implements PanacheRepositoryBase<CertificationPolicy, UUID> {

    /** The programme's policy, or the defaults (not persisted) when none was set. */
    CertificationPolicy forProgramme(UUID programmeId) {
        return findByIdOptional(programmeId).orElseGet(() -> CertificationPolicy.defaults(programmeId));
    }
}
