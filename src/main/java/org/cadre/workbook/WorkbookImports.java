package org.cadre.workbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.cadre.security.AccessLog;
import org.cadre.security.AccessPolicy;
import org.cadre.security.CurrentUser;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import pipeline shared by every {@link ImportKind}: preview an upload (nothing but the preview is
 * written), then commit it all or nothing, or discard it. Committing the same import twice, or a second
 * upload of a file already committed, changes nothing.
 */
@ApplicationScoped
public class WorkbookImports {

    @Inject
    @Any
    Instance<ImportKind<?>> kinds;

    @Inject
    SafeWorkbookReader reader;

    @Inject
    WorkbookImportRepository imports;

    @Inject
    WorkbookAuditRepository audit;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser user;

    @Inject
    AccessPolicy policy;

    @Inject
    ObjectMapper json;

    ImportKind<?> kind(String name) {
        for (ImportKind<?> kind : kinds) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw ApiProblem.notFound("Import kind " + name);
    }

    /** Refuses (403/404) a caller who may not import this kind into this scope, before a file is chosen. */
    @Transactional
    public void authorise(String kindName, String scope) {
        kind(kindName).authorise(scope);
    }

    /** Reads the file and stores what it would do; refuses an unsafe file before writing anything. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "cadre.workbook.import-timeout")
    public ImportPreview preview(String kindName, String scope, String fileName, Path file) {
        ImportKind<?> kind = kind(kindName);
        kind.authorise(scope);
        String sha256 = sha256(file);
        List<ReadSheet> sheets = reader.read(file, kind.columns(scope));
        return store(kind, scope, cleanName(fileName), sha256, sheets);
    }

    /** A row read from the file, with its typed data when it can be planned. */
    private record Pending<R>(ReadSheet sheet, ReadRow row, R data) {
    }

    private <R> ImportPreview store(ImportKind<R> kind, String scope, String fileName, String sha256,
                                    List<ReadSheet> sheets) {
        List<Pending<R>> pending = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReadSheet sheet : sheets) {
            for (ReadRow row : sheet.rows()) {
                R data = row.errors().isEmpty() ? kind.parse(row) : null;
                if (data != null && row.errors().isEmpty()) {
                    String identity = kind.identity(data);
                    Integer first = identity == null ? null : seen.putIfAbsent(identity, row.number());
                    if (first != null) {
                        row.rowError(sheets.size() > 1 ? ImportMessages.current().err_repeats_row_of_sheet(first) : ImportMessages.current().err_repeats_row(first));
                        data = null;
                    }
                } else {
                    data = null;
                }
                pending.add(new Pending<>(sheet, row, data));
            }
        }
        List<R> toPlan = pending.stream().map(Pending::data).filter(java.util.Objects::nonNull).toList();
        java.util.Iterator<ImportKind.Plan> plans = plan(kind, scope, toPlan).iterator();
        List<ImportPreview.RowOutcome> outcomes = new ArrayList<>();
        List<ImportPreview.Stored> stored = new ArrayList<>();
        int create = 0;
        int update = 0;
        int unchanged = 0;
        int error = 0;
        for (Pending<R> p : pending) {
            ReadRow row = p.row();
            R data = p.data();
            ImportKind.Plan plan = null;
            if (data != null) {
                plan = plans.next();
                plan.problems().forEach(problem -> {
                    if (problem.key() == null) {
                        row.rowError(problem.message());
                    } else {
                        row.error(problem.key(), problem.message());
                    }
                });
            }
            ImportKind.Outcome outcome = !row.errors().isEmpty() || plan == null || plan.outcome() == ImportKind.Outcome.ERROR
                    ? ImportKind.Outcome.ERROR : plan.outcome();
            if (outcome == ImportKind.Outcome.ERROR && row.errors().isEmpty()) {
                row.rowError(ImportMessages.current().err_cannot_import());
            }
            switch (outcome) {
                case CREATE -> create++;
                case UPDATE -> update++;
                case UNCHANGED -> unchanged++;
                case ERROR -> error++;
            }
            outcomes.add(new ImportPreview.RowOutcome(p.sheet().name(), row.number(), outcome.name().toLowerCase(java.util.Locale.ROOT),
                    plan == null ? null : plan.label(), row.errors()));
            if (outcome != ImportKind.Outcome.ERROR) {
                stored.add(new ImportPreview.Stored(p.sheet().name(), row.number(), data));
            }
        }
        WorkbookImport record = new WorkbookImport();
        record.id = UUID.randomUUID();
        record.kind = kind.name();
        record.scopeId = scope;
        record.fileName = fileName;
        record.fileSha256 = sha256;
        record.uploader = user.getUsername();
        record.createdAt = Instant.now();
        record.status = WorkbookImport.PREVIEWED;
        record.rowsTotal = outcomes.size();
        record.rowsCreate = create;
        record.rowsUpdate = update;
        record.rowsUnchanged = unchanged;
        record.rowsError = error;
        record.preview = write(outcomes);
        record.payload = write(stored);
        imports.persist(record);
        audit.record("preview", kind.name(), scope, fileName, sha256, outcomes.size(), record.id);
        return view(record, outcomes, false);
    }

    /** The stored preview; only its uploader (or an admin) sees it. */
    @Transactional
    public ImportPreview get(UUID id) {
        WorkbookImport record = visible(imports.findByIdOptional(id).orElse(null), id);
        return view(record, readOutcomes(record), false);
    }

    /**
     * Applies every row in one transaction, after checking each again against the current data. An
     * import committed before is reported as such and changes nothing.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "cadre.workbook.import-timeout")
    public ImportPreview commit(UUID id) {
        WorkbookImport record = visible(imports.forUpdate(id).orElse(null), id);
        if (WorkbookImport.COMMITTED.equals(record.status)) {
            return view(record, readOutcomes(record), false);
        }
        if (WorkbookImport.DISCARDED.equals(record.status)) {
            throw ApiProblem.conflict("This import was discarded; upload the file again");
        }
        List<ImportPreview.RowOutcome> outcomes = readOutcomes(record);
        if (record.rowsError > 0) {
            List<Problem.FieldError> errors = outcomes.stream().flatMap(o -> o.errors().stream())
                    .limit(100).map(e -> new Problem.FieldError(o(e), e.message())).toList();
            throw new ApiProblem(422, "workbook-rows-invalid", record.rowsError
                    + " rows have errors; correct the file and upload it again", errors);
        }
        ImportKind<?> kind = kind(record.kind);
        kind.authorise(record.scopeId);
        int changed = apply(kind, record);
        record = imports.findByIdOptional(id).orElseThrow(); // apply() cleared the session
        record.status = WorkbookImport.COMMITTED;
        record.committedAt = Instant.now();
        audit.record("commit", record.kind, record.scopeId, record.fileName, record.fileSha256, changed, record.id);
        accessLog.record(AccessLog.Action.IMPORT, "workbook:" + record.kind, record.scopeId,
                record.fileName + " (" + changed + " rows changed)");
        return view(record, outcomes, changed > 0);
    }

    /** Rows applied between two flushes of the session during a commit. */
    private static final int FLUSH_EVERY = 200;

    /** Statements per JDBC batch in a set-based commit. */
    private static final int JDBC_BATCH = 100;

    /** The plans of the rows, in order: set-based for kinds that can, else row by row (no writes either way). */
    @SuppressWarnings("unchecked")
    private static <R> List<ImportKind.Plan> plan(ImportKind<R> kind, String scope, List<R> rows) {
        if (kind instanceof ImportKind.SetBased<?> setBased) {
            return ((ImportKind.SetBased<R>) setBased).batch(scope, rows).plans();
        }
        return rows.stream().map(row -> kind.plan(scope, row)).toList();
    }

    private <R> int apply(ImportKind<R> kind, WorkbookImport record) {
        if (kind instanceof ImportKind.SetBased<?>) {
            return applyAll(kind, record);
        }
        int changed = 0;
        try {
            for (JsonNode node : json.readTree(record.payload)) {
                R data = json.treeToValue(node.get("data"), kind.rowType());
                ImportKind.Plan plan = kind.plan(record.scopeId, data);
                switch (plan.outcome()) {
                    case CREATE, UPDATE -> {
                        kind.apply(record.scopeId, data);
                        changed++;
                        if (changed % FLUSH_EVERY == 0) {
                            // Write what is pending and forget it: a session holding every row written so far
                            // is dirty-checked before each query, which made a 10,000-row commit quadratic.
                            imports.flush();
                            imports.getEntityManager().clear();
                        }
                    }
                    case UNCHANGED -> {
                    }
                    case ERROR -> throw noLongerImportable(node, plan);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import " + record.id + " cannot be read", e);
        }
        return changed;
    }

    /**
     * The commit of a set-based kind: every stored row planned again at once against the current data,
     * then written together when none has become an error (otherwise nothing is written).
     */
    @SuppressWarnings("unchecked")
    private <R> int applyAll(ImportKind<R> kind, WorkbookImport record) {
        List<JsonNode> nodes = new ArrayList<>();
        List<R> rows = new ArrayList<>();
        try {
            for (JsonNode node : json.readTree(record.payload)) {
                nodes.add(node);
                rows.add(json.treeToValue(node.get("data"), kind.rowType()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored import " + record.id + " cannot be read", e);
        }
        ImportKind.Batch batch = ((ImportKind.SetBased<R>) kind).batch(record.scopeId, rows);
        List<ImportKind.Plan> plans = batch.plans();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).outcome() == ImportKind.Outcome.ERROR) {
                throw noLongerImportable(nodes.get(i), plans.get(i));
            }
        }
        // The new rows go to PostgreSQL a hundred statements per round trip, at the flushes the set queries cause.
        imports.getEntityManager().unwrap(org.hibernate.Session.class).setJdbcBatchSize(JDBC_BATCH);
        int changed = batch.write();
        imports.flush();
        imports.getEntityManager().clear();
        return changed;
    }

    private static ApiProblem noLongerImportable(JsonNode node, ImportKind.Plan plan) {
        return ApiProblem.conflict("Row " + node.get("row").asInt() + " of sheet "
                + node.get("sheet").asText() + " can no longer be imported ("
                + plan.problems().stream().map(ImportKind.Problem::message).findFirst().orElse("changed")
                + "); nothing was imported. Upload the file again to see the new preview");
    }

    @Transactional
    public ImportPreview discard(UUID id) {
        WorkbookImport record = visible(imports.forUpdate(id).orElse(null), id);
        if (WorkbookImport.COMMITTED.equals(record.status)) {
            throw ApiProblem.conflict("This import was committed already and cannot be discarded");
        }
        if (!WorkbookImport.DISCARDED.equals(record.status)) {
            record.status = WorkbookImport.DISCARDED;
            audit.record("discard", record.kind, record.scopeId, record.fileName, record.fileSha256, 0, record.id);
        }
        return view(record, readOutcomes(record), false);
    }

    private WorkbookImport visible(WorkbookImport record, UUID id) {
        if (record == null || !policy.mayUseUpload(record.uploader)) {
            throw ApiProblem.notFound("Import " + id);
        }
        return record;
    }

    private ImportPreview view(WorkbookImport r, List<ImportPreview.RowOutcome> rows, boolean changed) {
        UUID earlier = imports.committedSameFile(r.kind, r.scopeId, r.fileSha256)
                .map(i -> i.id).filter(i -> !i.equals(r.id)).orElse(null);
        boolean committable = WorkbookImport.PREVIEWED.equals(r.status) && r.rowsError == 0;
        return new ImportPreview(r.id, r.kind, r.scopeId, r.fileName, r.fileSha256, r.status, r.createdAt,
                new ImportPreview.Counts(r.rowsTotal, r.rowsCreate, r.rowsUpdate, r.rowsUnchanged, r.rowsError),
                committable, earlier, changed, rows);
    }

    private List<ImportPreview.RowOutcome> readOutcomes(WorkbookImport record) {
        try {
            return json.readValue(record.preview, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored preview " + record.id + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Import rows cannot be stored", e);
        }
    }

    private static String o(CellError e) {
        return e.column() == null || e.column().isEmpty() ? "row " + e.row() : e.column() + e.row();
    }

    static String cleanName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName;
        name = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
