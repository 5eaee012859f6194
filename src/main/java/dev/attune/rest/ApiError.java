package dev.attune.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every 4xx/5xx answer: the status, its name, one sentence saying what is wrong, and for a
 * validation failure each offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, List<Violation> violations) {

    /** One field that failed validation, by its path in the request (e.g. {@code skills[CARDS]}). */
    public record Violation(String field, String message) {
    }

    static Response response(Response.StatusType status, String message) {
        return response(status, message, List.of());
    }

    static Response response(Response.StatusType status, String message, List<Violation> violations) {
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message, violations))
                .build();
    }
}
