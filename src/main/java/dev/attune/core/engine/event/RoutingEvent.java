package dev.attune.core.engine.event;

import java.time.Instant;

/**
 * Something that happened in a routing pool. Every event is idempotent by meaning: applying it twice,
 * or after a newer event about the same call or agent, changes nothing.
 *
 * <p>Code that treats event types differently does it through {@link #accept} with a {@link Visitor}: adding
 * an event type then fails to compile wherever it must be handled (the build targets Java 17, which has no
 * pattern switch over types).
 */
public sealed interface RoutingEvent
        permits CallArrived, CallUpdated, CallAbandoned, CallEnded, EmotionEstimated, AgentStateChanged,
        AgentProfileChanged, AgentRemoved, OfferAccepted, OfferRejected, OfferTimedOut {

    String poolId();

    /** When it happened at the source (not when it reached us). */
    Instant at();

    /** The call the event is about, null when it is about no call. */
    default String callId() {
        return null;
    }

    /** The agent the event is about, null when it is about no agent (or names none). */
    default String agentId() {
        return null;
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per event type: every type must be handled. */
    interface Visitor<R> {
        R callArrived(CallArrived event);

        R callUpdated(CallUpdated event);

        R callAbandoned(CallAbandoned event);

        R callEnded(CallEnded event);

        R emotionEstimated(EmotionEstimated event);

        R agentStateChanged(AgentStateChanged event);

        R agentProfileChanged(AgentProfileChanged event);

        R agentRemoved(AgentRemoved event);

        R offerAccepted(OfferAccepted event);

        R offerRejected(OfferRejected event);

        R offerTimedOut(OfferTimedOut event);
    }

    /** A visitor that cares about a few types: the others go to {@link #otherwise}. */
    interface Selective<R> extends Visitor<R> {
        R otherwise(RoutingEvent event);

        @Override
        default R callArrived(CallArrived event) {
            return otherwise(event);
        }

        @Override
        default R callUpdated(CallUpdated event) {
            return otherwise(event);
        }

        @Override
        default R callAbandoned(CallAbandoned event) {
            return otherwise(event);
        }

        @Override
        default R callEnded(CallEnded event) {
            return otherwise(event);
        }

        @Override
        default R emotionEstimated(EmotionEstimated event) {
            return otherwise(event);
        }

        @Override
        default R agentStateChanged(AgentStateChanged event) {
            return otherwise(event);
        }

        @Override
        default R agentProfileChanged(AgentProfileChanged event) {
            return otherwise(event);
        }

        @Override
        default R agentRemoved(AgentRemoved event) {
            return otherwise(event);
        }

        @Override
        default R offerAccepted(OfferAccepted event) {
            return otherwise(event);
        }

        @Override
        default R offerRejected(OfferRejected event) {
            return otherwise(event);
        }

        @Override
        default R offerTimedOut(OfferTimedOut event) {
            return otherwise(event);
        }
    }
}
