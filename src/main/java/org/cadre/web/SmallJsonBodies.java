package org.cadre.web;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Reads a small JSON request body on the I/O thread, before a blocking endpoint is called.
 * <p>
 * Quarkus REST hands a blocking endpoint (every endpoint here that uses the database) a stream that the worker
 * thread reads while the I/O thread delivers the body: the two threads take turns on one lock per chunk and
 * again at the end of the request. Under load on two cores that hand-over showed as about a fifth of Cadre's CPU
 * per mentoring visit PUT (the I/O thread spinning for the lock). A body that says it is small is read whole
 * here instead, as Quarkus REST itself does for non-blocking endpoints, and the endpoint reads it from memory.
 * <p>
 * Only JSON bodies with a declared length up to {@link #LIMIT} take this path; uploads (workbooks, multipart),
 * forms (the CSRF filter reads those) and bodies of unknown length keep the streaming path and its limits.
 */
public class SmallJsonBodies {

    /** Larger bodies, or bodies without a Content-Length, are streamed as before. */
    static final int LIMIT = 64 * 1024;

    @ServerRequestFilter(nonBlocking = true)
    public Uni<Void> readWhole(ContainerRequestContext context, HttpServerRequest request) {
        if (!readsWhole(request.getHeader(HttpHeaders.CONTENT_LENGTH), request.getHeader(HttpHeaders.CONTENT_TYPE),
                request.getHeader("Expect"), request.isEnded())) {
            return null; // nothing to do: Quarkus REST goes on as usual (and answers 100-continue itself)
        }
        return Uni.createFrom().emitter(emitter -> {
            request.body().onComplete(read -> {
                if (read.succeeded()) {
                    context.setEntityStream(new ByteArrayInputStream(read.result().getBytes()));
                    emitter.complete(null);
                } else {
                    emitter.fail(read.cause());
                }
            });
            request.resume(); // Quarkus REST paused the request until someone reads it
        });
    }

    /** Whether a request with these headers takes this path: a JSON body of a declared, small length, not yet read. */
    static boolean readsWhole(String contentLength, String contentType, String expect, boolean ended) {
        long length = declaredLength(contentLength);
        return length > 0 && length <= LIMIT && isJson(contentType) && expect == null && !ended;
    }

    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return type.equals("application/json") || type.endsWith("+json");
    }
}
