package dev.attune.service.port;

import dev.attune.core.engine.event.RoutingEvent;
import java.util.concurrent.CompletionStage;

/**
 * The pool-keyed input topics, for routing events that reach an instance another way (the synchronous REST
 * API). Written there, an event reaches whichever instance owns its pool and is replayed after a restart of
 * any instance, exactly as if the ACD had sent it over Kafka.
 */
public interface RoutingInput {

    /** Where an event was written: its CloudEvents identity (source and id) and its input position. */
    record Written(String identity, String eventId, String position) {
    }

    /** Whether this instance consumes the pool's partition now, so its engine holds the live pool. */
    boolean owns(String poolId);

    /**
     * Completes once no rebalance of this instance's partitions is in progress (at once when none is): until
     * then {@link #owns} answers for an assignment that is about to change.
     */
    CompletionStage<Void> settled();

    /** Whether {@link #settled()} has completed now. */
    boolean isSettled();

    /** Writes the event to its input topic; completes once the broker has it, or fails. */
    CompletionStage<Written> write(RoutingEvent event);
}
