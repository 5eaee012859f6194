package dev.attune.rest;

/** A call, reservation or agent the pool does not have (or no longer has): answered with 404. */
public class NotFoundInPoolException extends RuntimeException {
    public NotFoundInPoolException(String message) {
        super(message);
    }
}
