package dev.attune.service;

import dev.attune.core.engine.RoutingDirective;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Where the engine's decisions go out to the ACD (routing.decisions on Kafka). */
public interface DirectiveSink {

    /**
     * Sends one directive. Called on the engine thread in decision order, so a pool's offers and
     * rescinds reach the broker in the order they were made.
     *
     * @param at    when the engine issued it
     * @param cause the event that led to it, null when a timer did (reservation deadline, hold expiry)
     * @param after for each input stream (topic/partition) of the directive's pool, the record the engine had
     *              applied last when it issued the directive: a restart replays everything up to these records
     *              before it re-establishes the directive, whatever order the streams' records were read in
     */
    CompletionStage<Void> publish(RoutingDirective directive, Instant at, EventOrigin cause, List<String> after);
}
