package org.cadre.workbook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an upload would do, row by row, before anything is written; also the answer of a commit.
 * {@code alreadyCommittedAs} names an earlier import of the very same file, when there is one.
 */
public record ImportPreview(UUID id, String kind, String scope, String fileName, String sha256, String status,
                            Instant createdAt, Counts counts, boolean committable, UUID alreadyCommittedAs,
                            boolean changed, List<RowOutcome> rows) {

    public record Counts(int total, int create, int update, int unchanged, int error) {
    }

    /** One row of the file: where it is, what it would do, and every error with its column. */
    public record RowOutcome(String sheet, int row, String outcome, String label, List<CellError> errors) {
    }

    /** The rows as stored with the import, for the commit to apply. */
    record StoredRows(List<Stored> rows) {
    }

    record Stored(String sheet, int row, Object data) {
    }
}
