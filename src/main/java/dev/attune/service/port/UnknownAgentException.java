package dev.attune.service.port;

/** A request named an agent the roster does not have. */
public class UnknownAgentException extends RuntimeException {
    public UnknownAgentException(String agentId) {
        super("unknown agent '" + agentId + "'");
    }
}
