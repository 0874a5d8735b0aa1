package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cadre.security.AccessLog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.ToIntFunction;

/**
 * Turns a workbook written by an export into a download: the workbook is written to a temporary file
 * first (so a failure gives a clean error, not half a file), recorded in the workbook audit (and in
 * the access log when it holds personal data) with its SHA-256 taken while it was written, then
 * streamed and deleted.
 */
@ApplicationScoped
class WorkbookDownloads {

    static final String XLSX = WorkbookImportResource.XLSX;

    @Inject
    WorkbookAuditRepository audit;

    @Inject
    AccessLog accessLog;

    /**
     * @param writer fills the workbook and returns how many data rows it wrote
     * @param personal whether the workbook names people (then the access log records the export too)
     */
    Response download(String kind, String scopeId, String fileName, boolean personal, ToIntFunction<StreamingWorkbook> writer) {
        Path file;
        int rows;
        MessageDigest digest = sha256();
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            rows = writer.applyAsInt(book);
            file = book.writeToTempFile(digest); // hashed while written, for the audit
        }
        try {
            String name = WorkbookImports.cleanName(fileName);
            audit.record("export", kind, scopeId, name, HexFormat.of().formatHex(digest.digest()), rows, null);
            if (personal) {
                accessLog.record(AccessLog.Action.EXPORT, "workbook:" + kind, scopeId, name + " (" + rows + " rows)");
            }
            long size = Files.size(file);
            StreamingOutput body = out -> {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                } finally {
                    StreamingWorkbook.deleteQuietly(file);
                }
            };
            return Response.ok(body, XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .header("Content-Length", size)
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (IOException | RuntimeException e) {
            StreamingWorkbook.deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new java.io.UncheckedIOException((IOException) e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain-ASCII fallback file name for old clients. */
    static String ascii(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
