package dev.attune.rest.simulation;

import dev.attune.core.domain.RoutingWeights;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.DoubleConsumer;

/** Until the simulator is wired in, a what-if fails with a plain reason instead of inventing numbers. */
@DefaultBean
@ApplicationScoped
public class NoSimulatorYet implements WhatIfSimulator {
    @Override
    public WhatIfComparison compare(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            DoubleConsumer progress) {
        throw new IllegalStateException("the simulator is not part of this build yet");
    }
}
