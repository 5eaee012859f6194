package dev.attune.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Builds a fresh engine from history: the input events the last one had applied and the offers it had
 * published, in the order they happened, on a clock held at each item's time. Routing is suspended during
 * the replay, so no decision is made twice; the published offers are adopted as they were. What the replay
 * teaches the host (duplicate identities, input positions, arrivals) goes to its {@link SeenEvents} and
 * {@link DecisionOutbox}; nothing is journalled or published, it was the first time.
 */
final class Recovery {
    private static final Logger LOG = Logger.getLogger(Recovery.class);

    private final RoutingCoreFactory factory;
    private final Duration tickInterval;
    private final Clock clock;

    /** A replayed engine, still suspended, and what the replay counted. */
    record Rebuilt(RoutingCore core, ReplayClock clock, int inputs, int refused, int adopted, int notAdopted) {
    }

    Recovery(RoutingCoreFactory factory, Duration tickInterval, Clock clock) {
        this.factory = factory;
        this.tickInterval = tickInterval;
        this.clock = clock;
    }

    /** Engine thread only: it writes the host's dedupe window and outbox, which it clears first. */
    Rebuilt replay(List<Replayed> history, SeenEvents seen, DecisionOutbox outbox) {
        seen.clear();
        outbox.clear();
        return replayInto(history, seen, outbox);
    }

    /**
     * Replays the history of some pools only (the partitions a rebalance moved here), for the host to take
     * those pools from: the dedupe window and the outbox keep what they know of the other pools. Engine thread only.
     */
    Rebuilt replayPools(List<Replayed> history, SeenEvents seen, DecisionOutbox outbox, Predicate<String> moved) {
        outbox.forget(moved);
        seen.forget(moved);
        return replayInto(history, seen, outbox);
    }

    private Rebuilt replayInto(List<Replayed> history, SeenEvents seen, DecisionOutbox outbox) {
        ReplayClock replayClock = new ReplayClock(clock);
        RoutingCore fresh = factory.create(replayClock);
        fresh.suspendRouting(true);
        int inputs = 0;
        int refused = 0;
        int adopted = 0;
        int notAdopted = 0;
        Instant lastReplayTick = Instant.MIN;
        for (Replayed item : history) {
            replayClock.replayAt(item.at());
            Instant at = replayClock.instant();
            // Timers run up to each item, so deadlines that passed before it end their offers in the same order.
            if (!(item instanceof Replayed.Input) || !at.isBefore(lastReplayTick.plus(tickInterval))) {
                fresh.tick();
                lastReplayTick = at;
            }
            if (item instanceof Replayed.Input input) {
                inputs++;
                if (!reapply(fresh, input, at, seen, outbox)) {
                    refused++;
                }
            } else if (item instanceof Replayed.Offered offered) {
                if (adopt(fresh, offered)) {
                    adopted++;
                } else {
                    notAdopted++;
                }
            }
        }
        replayClock.live();
        fresh.suspendRouting(false);
        return new Rebuilt(fresh, replayClock, inputs, refused, adopted, notAdopted);
    }

    private static boolean reapply(RoutingCore core, Replayed.Input input, Instant at, SeenEvents seen,
            DecisionOutbox outbox) {
        try {
            core.apply(input.event());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (input.identity() != null) {
            seen.add(input.identity(), input.event().poolId(), at);
        }
        outbox.replayed(input.event(), input.position());
        return true;
    }

    private static boolean adopt(RoutingCore core, Replayed.Offered offered) {
        try {
            core.adopt(offered.offer());
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warnf("offer %s (call %s, agent %s) could not be re-established: %s",
                    offered.offer().decisionId(), offered.offer().callId(), offered.offer().agentId(),
                    e.getMessage());
            return false;
        }
    }
}
