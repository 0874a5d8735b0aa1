package org.cadre.workbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One uploaded workbook: its preview (each row's outcome) and whether it was committed. */
@Entity
@Table(name = "workbook_import")
class WorkbookImport {

    static final String PREVIEWED = "previewed";
    static final String COMMITTED = "committed";
    static final String DISCARDED = "discarded";

    @Id
    UUID id;

    @Column(nullable = false)
    String kind;

    @Column(name = "scope_id")
    String scopeId;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "file_sha256", nullable = false)
    String fileSha256;

    @Column(nullable = false)
    String uploader;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    String status;

    @Column(name = "rows_total", nullable = false)
    int rowsTotal;

    @Column(name = "rows_create", nullable = false)
    int rowsCreate;

    @Column(name = "rows_update", nullable = false)
    int rowsUpdate;

    @Column(name = "rows_unchanged", nullable = false)
    int rowsUnchanged;

    @Column(name = "rows_error", nullable = false)
    int rowsError;

    /** Written once with the preview; not updatable, so that a commit does not send megabytes back. */
    @Column(nullable = false, updatable = false)
    String preview;

    @Column(nullable = false, updatable = false)
    String payload;

    @Column(name = "committed_at")
    Instant committedAt;

    @Version
    int version;
}
