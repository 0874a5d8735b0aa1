package org.cadre.web;

import java.util.List;

/**
 * Thrown by features for a failure the caller can act on: a conflict, a rule that refuses the input,
 * a record out of the caller's scope. Becomes a problem+json answer on the API and the error page
 * on pages; nothing of the failed request is kept (the transaction rolls back).
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final List<Problem.FieldError> errors;
    private long retryAfterSeconds;

    public ApiProblem(int status, String type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(400, "validation", detail, errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return badRequest(message, List.of(new Problem.FieldError(field, message)));
    }

    /** Out of scope or absent: both answer 404 so that existence does not leak. */
    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not-found", what + " was not found", List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "conflict", detail, List.of());
    }

    /** 429: the caller must wait {@code seconds} before trying again (sent as Retry-After). */
    public static ApiProblem tooManyRequests(long seconds) {
        ApiProblem problem = new ApiProblem(429, "rate-limited",
                "Too many requests; try again in " + seconds + " seconds", List.of());
        problem.retryAfterSeconds = seconds;
        return problem;
    }

    /**
     * 409: PostgreSQL rolled the transaction back to break a deadlock or a serialisation conflict with a concurrent
     * one; nothing was written and the same request again usually passes (Retry-After: 1).
     */
    public static ApiProblem concurrentChange() {
        ApiProblem problem = new ApiProblem(409, "concurrent-change",
                "Someone else changed the same records at the same moment; nothing was saved, send it again", List.of());
        problem.retryAfterSeconds = 1;
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
