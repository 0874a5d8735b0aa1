package org.cadre.workbook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class WorkbookImportRepository implements PanacheRepositoryBase<WorkbookImport, UUID> {

    /** The earlier commit of the very same file for the same kind and scope, if any. */
    Optional<WorkbookImport> committedSameFile(String kind, String scopeId, String sha256) {
        return find("kind = ?1 and ((?2 is null and scopeId is null) or scopeId = ?2) and fileSha256 = ?3 and status = ?4 "
                + "order by committedAt", kind, scopeId, sha256, WorkbookImport.COMMITTED).firstResultOptional();
    }

    Optional<WorkbookImport> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
