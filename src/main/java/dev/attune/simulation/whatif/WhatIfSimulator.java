package dev.attune.simulation.whatif;

import dev.attune.core.domain.RoutingWeights;
import java.util.function.DoubleConsumer;

/** Runs the contact-centre simulator on the real routing core twice: current weights, proposed weights. */
public interface WhatIfSimulator {

    /**
     * @param progress told the share done, in [0,1], as the runs go
     * @throws IllegalStateException when the simulator cannot run (the job then fails with the message)
     */
    WhatIfComparison compare(RoutingWeights current, RoutingWeights proposed, long seed, int replications,
            DoubleConsumer progress);

    /** The same on the buyer's own journalled traffic of a period instead of the configured day. */
    WhatIfComparison compare(JournalTraffic traffic, RoutingWeights current, RoutingWeights proposed, long seed,
            int replications, DoubleConsumer progress);
}
