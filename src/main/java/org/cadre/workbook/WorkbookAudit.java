package org.cadre.workbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Who exported or imported which workbook, when, for what, and how many rows. */
@Entity
@Table(name = "workbook_audit")
class WorkbookAudit {

    @Id
    UUID id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String actor;

    @Column(nullable = false)
    String action;

    @Column(nullable = false)
    String kind;

    @Column(name = "scope_id")
    String scopeId;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "file_sha256", nullable = false)
    String fileSha256;

    @Column(name = "row_count", nullable = false)
    int rowCount;

    @Column(name = "import_id")
    UUID importId;
}
