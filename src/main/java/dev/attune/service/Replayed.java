package dev.attune.service;

import dev.attune.core.domain.Offer;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Instant;

/**
 * One item of a pool's history as a restart replays it, in the order it happened: an input event the
 * engine had applied, or a decision it had published.
 */
public sealed interface Replayed {

    /** When it happened on the engine's clock (the record's timestamp). */
    Instant at();

    /**
     * @param identity CloudEvents identity, remembered so a redelivery after the restart is still a duplicate
     * @param position topic/partition@offset of the input record
     */
    record Input(RoutingEvent event, String identity, String position, Instant at) implements Replayed {
    }

    /** An offer.created the ACD saw: the engine adopts it as it was, with its id, agent and deadline. */
    record Offered(Offer offer, Instant at) implements Replayed {
    }

    /**
     * An offer.rescinded the ACD saw. Replaying the events and timers before it makes the engine reach the
     * same rescind itself; this marks the moment so the engine's timers run up to it.
     */
    record Rescinded(String poolId, String decisionId, String callId, Instant at) implements Replayed {
    }
}
