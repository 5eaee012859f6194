package dev.attune.service.port;

/** A change that contradicts what is stored: an agent created twice, or moved to another pool. */
public class ConflictingChangeException extends RuntimeException {
    public ConflictingChangeException(String message) {
        super(message);
    }
}
