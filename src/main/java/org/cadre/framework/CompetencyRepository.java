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

    /** The codes of these competencies, in one query; unknown ids are left out. */
    public java.util.Map<UUID, String> codes(Collection<UUID> ids) {
        org.cadre.web.SqlReads.Batch reads = new org.cadre.web.SqlReads.Batch();
        java.util.Map<UUID, String> codes = codes(ids, reads);
        reads.run(getEntityManager());
        return codes;
    }

    /** {@link #codes(Collection)} as one query of the caller's batch: the map is filled when the batch runs. */
    public java.util.Map<UUID, String> codes(Collection<UUID> ids, org.cadre.web.SqlReads.Batch reads) {
        java.util.Map<UUID, String> codes = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            reads.add("select id, code from competency where id = any(?)",
                    rs -> codes.put(rs.getObject(1, UUID.class), rs.getString(2)), ids);
        }
        return codes;
    }
}
