package dev.attune.rest;

import java.util.function.Supplier;

/** A request that is well-formed JSON but asks for something invalid; answered with 400 and the message. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
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
