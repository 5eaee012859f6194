package dev.attune.rest.simulation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the what-if against longest-idle: three whole-engine policies on the calibrated replay, so the default
 * run is a few days and few replications (a whole month is about a CPU-minute per replication on a free core).
 */
@ConfigMapping(prefix = "attune.what-if-targets")
public interface TargetWhatIfSettings {

    /** Days replayed when the request does not say. */
    @WithDefault("5")
    int days();

    /** Most days a request may replay (a whole month). */
    @WithDefault("31")
    int maxDays();

    /** Replications when the request does not say. */
    @WithDefault("2")
    int replications();

    /** Most replications a request may ask for. */
    @WithDefault("10")
    int maxReplications();

    /** Jobs waiting beyond the running one; more are refused with 429. */
    @WithDefault("2")
    int maxQueued();

    /** Finished jobs kept for GET. */
    @WithDefault("20")
    int jobsKept();
}
