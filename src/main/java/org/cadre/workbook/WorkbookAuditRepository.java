package org.cadre.workbook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.security.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes and reads {@link WorkbookAudit}: every export and every step of every import. */
@ApplicationScoped
class WorkbookAuditRepository implements PanacheRepositoryBase<WorkbookAudit, UUID> {

    @Inject
    CurrentUser user;

    @Transactional
    void record(String action, String kind, String scopeId, String fileName, String sha256, int rows, UUID importId) {
        WorkbookAudit audit = new WorkbookAudit();
        audit.id = UUID.randomUUID();
        audit.at = Instant.now();
        audit.actor = user.isSignedIn() ? user.getUsername() : "(anonymous)";
        audit.action = action;
        audit.kind = kind;
        audit.scopeId = scopeId;
        audit.fileName = fileName;
        audit.fileSha256 = sha256;
        audit.rowCount = rows;
        audit.importId = importId;
        persist(audit);
    }

    List<WorkbookAudit> latest(int max) {
        return findAll(Sort.descending("at")).page(0, max).list();
    }
}
