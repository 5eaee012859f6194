package dev.attune.rest;

/**
 * A request that is valid but contradicts the live state: an answer to a reservation that is no longer
 * pending, from the wrong agent, or a repeated call id whose call already left the queue. Answered with 409.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
