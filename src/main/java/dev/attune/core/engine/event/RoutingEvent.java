package dev.attune.core.engine.event;

import java.time.Instant;

/**
 * Something that happened in a routing pool. Every event is idempotent by meaning: applying it twice,
 * or after a newer event about the same call or agent, changes nothing.
 */
public sealed interface RoutingEvent
        permits CallArrived, CallUpdated, CallAbandoned, CallEnded, EmotionEstimated, AgentStateChanged,
        AgentProfileChanged, OfferAccepted, OfferRejected, OfferTimedOut {

    String poolId();

    /** When it happened at the source (not when it reached us). */
    Instant at();
}
