package org.cadre.workbook;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.CurrentUser;
import org.cadre.security.RateLimiter;
import org.cadre.web.ApiProblem;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;

/**
 * Workbook imports over the API: upload the .xlsx as the request body (Content-Type of .xlsx or
 * application/octet-stream, optional {@code ?name=} for the file name), read the preview, then commit
 * or discard it. Each kind checks the caller's role and scope itself ({@link ImportKind#authorise}).
 * Multipart forms are for pages (they carry a CSRF token); API callers send the bytes with a bearer token.
 */
@Path("/api/v1/workbook/imports")
@Produces(MediaType.APPLICATION_JSON)
public class WorkbookImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    WorkbookImports imports;

    @Inject
    WorkbookConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentUser user;

    @POST
    @Path("{kind}")
    @Authenticated
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response uploadBytes(@PathParam("kind") String kind, @RestQuery String scope, @RestQuery String name,
                                InputStream body) {
        rateLimiter.acquire(RateLimiter.Purpose.IMPORTS, user.getUsername());
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("cadre-upload-", ".xlsx");
            long max = config.maxUploadBytes();
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = body.transferTo(new LimitedOutputStream(out, max + 1));
                if (copied > max) {
                    throw WorkbookRefused.tooLarge(copied, max);
                }
            }
            return created(imports.preview(kind, blankToNull(scope), name, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            StreamingWorkbook.deleteQuietly(file);
        }
    }

    @GET
    @Path("{id}")
    @Authenticated
    public ImportPreview get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    /** Optional body of commit and discard (send {@code {}}): a POST needs a body to pass the CSRF filter. */
    public record Decision(String note) {
    }

    @POST
    @Path("{id}/commit")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportPreview commit(@PathParam("id") UUID id, Decision decision) {
        return imports.commit(id);
    }

    @POST
    @Path("{id}/discard")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportPreview discard(@PathParam("id") UUID id, Decision decision) {
        return imports.discard(id);
    }

    private static Response created(ImportPreview preview) {
        return Response.created(URI.create("/api/v1/workbook/imports/" + preview.id())).entity(preview).build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Stops copying once the limit is passed, so an oversized body never fills the disk. */
    private static final class LimitedOutputStream extends OutputStream {
        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written >= limit) {
                throw WorkbookRefused.tooLarge(written + len, limit - 1);
            }
            int allowed = (int) Math.min(len, limit - written);
            out.write(b, off, allowed);
            written += len;
        }
    }
}
