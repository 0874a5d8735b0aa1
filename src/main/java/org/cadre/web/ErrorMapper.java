package org.cadre.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into what the caller can read: {@code application/problem+json} under
 * {@code /api}, the error page in the user's language elsewhere. Unexpected errors are logged with a
 * reference the user can quote; no stack trace ever reaches a response.
 */
class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final String TYPE_BASE = "https://cadre.example.org/problems/";

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String message, String reference);
    }

    @Inject
    Locales locales;

    @ServerExceptionMapper
    Response apiProblem(ApiProblem e, UriInfo uri) {
        Response response = respond(uri, e.status(), e.type(), e.getMessage(), e.errors(), null);
        if (e.retryAfterSeconds() > 0) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(uri, 400, "validation", detail, errors, null);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON";
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof InvalidFormatException bad
                    ? "cannot be read as " + bad.getTargetType().getSimpleName()
                    : "has the wrong type or shape";
            errors.add(new Problem.FieldError(field, message));
            detail = field + " " + message;
        }
        return respond(uri, 400, "malformed-request", detail, errors, null);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "forbidden", "Your role does not allow this", List.of(), null);
    }

    @ServerExceptionMapper
    Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(uri, 409, "conflict", "The record was changed by someone else meanwhile; reload it and try again",
                List.of(), null);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 406 -> "Cannot produce the requested media type";
            case 415 -> "Unsupported media type";
            default -> e.getMessage();
        };
        Response response = respond(uri, status, "http-" + status, detail, List.of(), null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        if (lostToConcurrentChange(e)) {
            LOG.infof("Request on %s lost a lock conflict with a concurrent one and was rolled back", uri.getPath());
            return apiProblem(ApiProblem.concurrentChange(), uri);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return respond(uri, 500, "internal", "An unexpected error happened; quote reference " + reference,
                List.of(), reference);
    }

    private Response respond(UriInfo uri, int status, String type, String detail, List<Problem.FieldError> errors,
                             String reference) {
        String path = uri.getPath();
        if (isApi(path)) {
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            Problem problem = new Problem(TYPE_BASE + type, title, status, detail, path, errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        Messages messages = MessageBundles.get(Messages.class, Localized.Literal.of(locales.current().toLanguageTag()));
        String message = switch (status) {
            case 400 -> errors.isEmpty() ? messages.error_400() : messages.error_400() + " " + detail;
            case 401 -> messages.error_401();
            case 403 -> messages.error_403();
            case 404 -> messages.error_404();
            case 405 -> messages.error_405();
            case 409 -> messages.error_409();
            case 413 -> messages.error_413();
            case 415 -> messages.error_415();
            case 429 -> messages.error_429();
            default -> status >= 500 ? messages.error_500() : detail;
        };
        String html = Templates.error(status, message, reference).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** A deadlock (SQLState 40P01) or serialisation failure (40001) anywhere in the chain of causes. */
    static boolean lostToConcurrentChange(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.request.name" → "name": drop the method and parameter names of the path.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
