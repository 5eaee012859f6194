package dev.attune.service.port;

import dev.attune.core.engine.RoutingDirective;
import java.time.Instant;

/**
 * Does everything publishing a directive does but send it (encoding, headers), for the warm-up: the first
 * real decisions then find that code compiled. Nothing leaves the process.
 */
public interface DirectiveRehearsal {
    void rehearse(RoutingDirective directive, Instant at);
}
