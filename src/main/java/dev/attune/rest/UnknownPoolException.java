package dev.attune.rest;

/** A routing pool the engine has never seen (no agents, no calls): answered with 404. */
public class UnknownPoolException extends RuntimeException {
    public UnknownPoolException(String pool) {
        super("unknown routing pool '" + pool + "'");
    }
}
