package dev.attune.rest;

import java.util.function.Supplier;

/** A request that is well-formed JSON but asks for something invalid; answered with 400 and the message. */
public class InvalidRequestException extends RuntimeException {
    /** The request field or parameter at fault, null when the message is about the request as a whole. */
    private final String field;

    public InvalidRequestException(String message) {
        super(message);
        this.field = null;
    }

    /** A request with one wrong field: the answer's violations name it. */
    public InvalidRequestException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    String field() {
        return field;
    }

    /** Builds a domain object from request values, turning the domain's own validation into a 400. */
    static <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
