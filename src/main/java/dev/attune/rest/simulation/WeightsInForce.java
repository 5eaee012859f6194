package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;

/** The weights the router uses right now: the "current" side of every what-if. */
public interface WeightsInForce {
    RoutingWeights current();
}
