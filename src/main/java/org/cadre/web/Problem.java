package org.cadre.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code errors} lists, for
 * validation failures, which field was wrong and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong field: its JSON path (e.g. {@code sessions[2].end}) and the reason. */
    public record FieldError(String field, String message) {
    }
}
