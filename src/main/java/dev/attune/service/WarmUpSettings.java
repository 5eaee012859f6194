package dev.attune.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The decision path's warm-up at start ({@link DecisionWarmUp}). */
@ConfigMapping(prefix = "attune.warm-up")
public interface WarmUpSettings {
    /** Off only where start time matters more than the first minute's latency (most tests). */
    @WithDefault("true")
    boolean enabled();

    /**
     * The warm-up stops after this long from when it starts playing, even if it has not played all its calls: it
     * delays readiness, not routing.
     */
    @WithDefault("PT8S")
    Duration maxDuration();

    /** The warm-up waits this long at most for routing to resume before it plays (then it is skipped). */
    @WithDefault("PT5M")
    Duration maxWaitForRouting();

    /** How many synthetic calls to decide. */
    @WithDefault("30000")
    int calls();

    /** Agents in the synthetic pool: enough that a decision scores as many candidates as a real floor's. */
    @WithDefault("1000")
    int agents();
}
