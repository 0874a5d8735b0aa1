package org.cadre.framework;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CompetencyRepository implements PanacheRepositoryBase<Competency, UUID> {

    public List<Competency> ofVersion(UUID versionId) {
        return list("frameworkVersion.id = ?1 order by function.position, position", versionId);
    }

    public List<Competency> ofVersionWithCodes(UUID versionId, Collection<String> codes) {
        return list("frameworkVersion.id = ?1 and code in ?2 order by function.position, position", versionId, codes);
    }
}
