package dev.attune.rest;

/**
 * The routing engine is still rebuilding its state from Kafka (at start or after a change of partition
 * ownership): an event applied now would be lost when the rebuilt engine replaces the current one.
 * Or the broker did not take the event for the pool's input topic in time. Answered with 503 and Retry-After.
 */
public class EngineNotReadyException extends RuntimeException {
    public EngineNotReadyException(String state) {
        super("the routing engine is not ready (" + state + "): it is rebuilding its state, retry shortly");
    }

    private EngineNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The event could not be written to its input topic: nothing was applied, retrying is safe. */
    static EngineNotReadyException inputUnavailable(Throwable cause) {
        return new EngineNotReadyException("the event could not be written to the pool's input topic (" + cause
                + "): nothing was applied, retry shortly", cause);
    }
}
