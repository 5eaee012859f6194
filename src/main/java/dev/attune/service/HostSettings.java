package dev.attune.service;

import dev.attune.core.engine.PlanMode;
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

    /** How the engine keeps its Timefold plan: BACKGROUND (the service), STEPPED or OFF (decider only). */
    @WithDefault("BACKGROUND")
    PlanMode planMode();

    /** How long an offer reserves an agent before the engine treats it as not answered (RONA). */
    @WithDefault("PT15S")
    Duration reservationTimeout();

    /** Whether an agent who let an offer time out is set AWAY (FreeSWITCH's max-no-answer). */
    @WithDefault("true")
    boolean ronaSetsAgentAway();

    /** How many threads may apply one poll's pools side by side, the engine thread included ({@link PoolLanes}). */
    @WithDefault("1")
    int poolLanes();

    /** Longest a high-care call may be held back for a much better agent about to be free. */
    @WithDefault("PT10S")
    Duration maxHold();

    /**
     * Whether reservation deadlines are judged by the input's progress (the Kafka intake proves how far it has
     * applied its partitions) rather than by the wall clock: see docs/events.md.
     */
    @WithDefault("true")
    boolean deadlinesByInput();

    /** How long past a reservation deadline the input must be known consumed before an offer is unanswered. */
    @WithDefault("PT2S")
    Duration answerGrace();

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
