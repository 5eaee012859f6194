package dev.attune.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The empathy reserve's expected high-care demand (HighCareDemand, docs/constraints.md). The simulator reads the
 * same keys from application.properties, so a replay measures the reserve the service runs.
 */
@ConfigMapping(prefix = "attune.engine.reserve")
public interface ReserveSettings {

    /** Time constant of the decaying count of recent high-care arrivals. */
    @WithDefault("PT15M")
    Duration lookBack();

    /** How far ahead high-care arrivals are expected: about one handle time. */
    @WithDefault("PT5M")
    Duration horizon();
}
