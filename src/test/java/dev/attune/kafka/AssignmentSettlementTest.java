package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** When an instance's share of the input counts as settled for the REST requests that wait for it. */
class AssignmentSettlementTest {
    private final AssignmentSettlement settlement = new AssignmentSettlement();

    private boolean settled() {
        return settlement.settled().toCompletableFuture().isDone();
    }

    @Test
    void unsettledUntilTheFirstAssignmentHasCaughtUp() {
        assertFalse(settled());
        CompletableFuture<Void> caughtUp = new CompletableFuture<>();
        settlement.assigned(caughtUp);
        assertFalse(settled(), "assigned, the rebuilt pools not yet caught up");
        caughtUp.complete(null);
        assertTrue(settled());
    }

    @Test
    void aRebalanceUnsettlesAndARequestWaitingForItWaitsForTheNextAssignment() {
        settlement.assigned(CompletableFuture.completedFuture(null));
        settlement.rebalancing();
        CompletableFuture<Void> waiting = settlement.settled().toCompletableFuture();
        assertFalse(waiting.isDone());
        settlement.assigned(CompletableFuture.completedFuture(null));
        assertTrue(waiting.isDone());
    }

    @Test
    void anEarlierCatchUpDoesNotSettleALaterRebalance() {
        CompletableFuture<Void> first = new CompletableFuture<>();
        settlement.assigned(first);
        settlement.rebalancing();
        first.complete(null);
        assertFalse(settled(), "the first assignment's catch-up ended after the next rebalance began");
        settlement.assigned(CompletableFuture.completedFuture(null));
        assertTrue(settled());
    }

    @Test
    void aFailedCatchUpStillSettles() {
        settlement.assigned(CompletableFuture.failedFuture(new IllegalStateException("broker away")));
        assertTrue(settled(), "a request waits at most its bound anyway; a failed read must not hold it longer");
    }
}
