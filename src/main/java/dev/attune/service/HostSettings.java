package dev.attune.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service runs the engine (attune.engine.* in application.properties). */
@ConfigMapping(prefix = "attune.engine")
public interface HostSettings {

    /** How often the engine is told that time passed (reservation deadlines, holds, the plan). */
    @WithDefault("PT0.1S")
    Duration tickInterval();

    /** How often the queue gauges are refreshed from the engine. */
    @WithDefault("PT1S")
    Duration queueRefresh();

    /** Readiness goes DOWN when the engine thread has not ticked for this long. */
    @WithDefault("PT5S")
    Duration stallAfter();

    /** Whether the engine waits for Kafka partitions to be assigned and replayed before it reports ready. */
    @WithDefault("true")
    boolean recoverOnStart();

    Dedupe dedupe();

    interface Dedupe {
        /** A duplicate event (same CloudEvents source and id) arriving within this window is dropped. */
        @WithDefault("PT30M")
        Duration window();

        /** At most this many event identities are remembered, whatever the window. */
        @WithDefault("200000")
        int maxEvents();
    }
}
