package dev.attune.rest;

/** The engine failed on a request it should have handled (a bug, logged by the host): answered with 500. */
public class RoutingFailedException extends RuntimeException {
    public RoutingFailedException(String detail) {
        super("the routing engine failed on this request: " + detail);
    }
}
