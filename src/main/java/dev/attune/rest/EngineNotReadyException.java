package dev.attune.rest;

/**
 * The routing engine is still rebuilding its state from Kafka (at start or after a change of partition
 * ownership): an event applied now would be lost when the rebuilt engine replaces the current one.
 * Answered with 503 and Retry-After.
 */
public class EngineNotReadyException extends RuntimeException {
    public EngineNotReadyException(String state) {
        super("the routing engine is not ready (" + state + "): it is rebuilding its state, retry shortly");
    }
}
