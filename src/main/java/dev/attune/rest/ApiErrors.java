package dev.attune.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.attune.core.domain.UnknownProductException;
import dev.attune.service.port.ConflictingChangeException;
import dev.attune.service.port.UnknownAgentException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every way a request can be wrong into a JSON {@link ApiError} that says what is wrong. */
public class ApiErrors {
    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        if (e.field() != null) {
            String problem = e.getMessage().substring(e.field().length() + 1);
            return ApiError.response(Status.BAD_REQUEST, "invalid request: " + e.getMessage(),
                    List.of(new ApiError.Violation(e.field(), problem)));
        }
        return ApiError.response(Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownProduct(UnknownProductException e) {
        return ApiError.response(Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownAgent(UnknownAgentException e) {
        return ApiError.response(Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictingChangeException e) {
        return ApiError.response(Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownPool(UnknownPoolException e) {
        return ApiError.response(Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notInPool(NotFoundInPoolException e) {
        return ApiError.response(Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflictWithLiveState(ConflictException e) {
        return ApiError.response(Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    public Response engineNotReady(EngineNotReadyException e) {
        Response response = ApiError.response(Status.SERVICE_UNAVAILABLE, e.getMessage());
        return Response.fromResponse(response).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response routingFailed(RoutingFailedException e) {
        return ApiError.response(Status.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (ourFault) {
            LOG.errorf("response failed validation: %s", e.getMessage());
            return ApiError.response(Status.INTERNAL_SERVER_ERROR, "the service produced an invalid response");
        }
        List<ApiError.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ApiError.Violation(field(v), message(v)))
                .sorted(Comparator.comparing(ApiError.Violation::field))
                .toList();
        if (violations.size() == 1 && violations.get(0).field().equals("body")) {
            return ApiError.response(Status.BAD_REQUEST, "a JSON body is required");
        }
        String summary = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return ApiError.response(Status.BAD_REQUEST, "invalid request: " + summary, violations);
    }

    /** Mismatched types, unknown fields and unreadable values: Jackson hands these over as they are. */
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        return ApiError.response(Status.BAD_REQUEST, describe(e));
    }

    /** Syntax errors arrive wrapped in a 400 WebApplicationException; other JAX-RS errors keep their status. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonProcessingException json) {
            return ApiError.response(Status.BAD_REQUEST, describe(json));
        }
        String message = e.getMessage();
        // JAX-RS's own messages ("HTTP 404 Not Found", "Unable to find matching target resource method") say
        // nothing to the client; say what was asked instead.
        if (message == null || message.startsWith("HTTP " + status.getStatusCode())
                || message.startsWith("Unable to find matching target resource method")) {
            message = switch (status.getStatusCode()) {
                case 404 -> "nothing at " + uri.getPath();
                case 405 -> request.getMethod() + " is not allowed on " + uri.getPath();
                default -> status.getReasonPhrase();
            };
        }
        return ApiError.response(status, message);
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + path(unknown) + "' (known: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof InvalidFormatException format) {
            return "field '" + path(format) + "': cannot use " + quoted(format.getValue()) + " as "
                    + kind(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? "the body must be " + kind(mismatch.getTargetType())
                    : "field '" + path(mismatch) + "': expected " + kind(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A number beyond its field's range (the parser's InputCoercionException), wrapped with the field's path.
            Throwable cause = mapping.getCause();
            return "field '" + path(mapping) + "': " + (cause instanceof JsonProcessingException inner
                    ? inner.getOriginalMessage() : mapping.getOriginalMessage());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "malformed JSON" + where + ": " + e.getOriginalMessage();
    }

    /** A Java type in the words of a JSON document. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the client wrote it ({@code skills[CARDS]}): drops the method name the validator puts
     * first, and the body parameter's name, which says nothing to the client.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || (kind == ElementKind.PARAMETER && isBody(node))) {
                continue;
            }
            String name = node.getName();
            boolean synthetic = name == null || name.startsWith("<");
            if (!synthetic) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
            Object position = node.getKey() != null ? node.getKey() : node.getIndex();
            if (position != null) {
                field.append('[').append(position).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String message(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        boolean showable = value instanceof Number || value instanceof Boolean
                || (value instanceof String text && text.length() <= 80);
        return violation.getMessage() + (showable ? " (was " + quoted(value) + ")" : "");
    }

    private static String quoted(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    private static boolean isBody(Path.Node parameter) {
        return parameter.getName().equals("body");
    }
}
