package dev.attune.kafka;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Whether this instance's share of the input is settled: no rebalance in progress, and the pools rebuilt by the
 * last one caught up with what their partitions held when they were rebuilt. Until then an answer read from
 * the engine may be about to change hands (the pool moves) or be stale (the records behind the last commit,
 * among them this instance's own REST events, not yet applied again).
 */
final class AssignmentSettlement {
    /** Bumped by every rebalance, so a catch-up of an earlier one never settles a later one. */
    private volatile long generation;
    private volatile CompletableFuture<Void> settled = new CompletableFuture<>();

    CompletionStage<Void> settled() {
        return settled.minimalCompletionStage();
    }

    boolean isSettled() {
        return settled.isDone();
    }

    /** Partitions were revoked or lost: a rebalance has begun. Whoever waits for the last one waits on. */
    void rebalancing() {
        generation++;
        if (settled.isDone()) {
            settled = new CompletableFuture<>();
        }
    }

    /** Partitions were assigned: settled once {@code caughtUp} completes, unless another rebalance began by then. */
    void assigned(CompletionStage<?> caughtUp) {
        long assignedIn = generation;
        CompletableFuture<Void> current = settled;
        caughtUp.whenComplete((done, failure) -> {
            if (generation == assignedIn) {
                current.complete(null);
            }
        });
    }
}
