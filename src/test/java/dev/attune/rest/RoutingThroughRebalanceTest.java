package dev.attune.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.attune.kafka.RecoveryListener;
import dev.attune.service.EngineHost;
import dev.attune.service.port.RoutingInput;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ACD on the REST API while Kafka rebalances the routing group (another instance joined, left or died): a
 * request that arrives mid-rebalance, for a pool that stays here, is answered as it would be at any other time,
 * with the offer it led to, instead of being forwarded without one because the pool was being rebuilt.
 */
@QuarkusTest
class RoutingThroughRebalanceTest {
    @Inject
    EngineHost host;

    @Inject
    RoutingInput input;

    @Inject
    @Identifier("attune-recovery")
    RecoveryListener recovery;

    @Inject
    KafkaClientService kafka;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    @Test
    void stateChangeDuringARebalanceAnswersWithItsOffer() {
        String agent = pool.addAgent("dora", 0.7);
        pool.state(agent, "BUSY").statusCode(200);
        pool.call("r1", "").statusCode(202).body("status", equalTo("QUEUED"));

        rebalanceStarts();
        pool.state(agent, "AVAILABLE").statusCode(200)
                .body("offers", hasSize(1)).body("offers[0].callId", equalTo("r1"));
        pool.task("r1").statusCode(200).body("status", equalTo("RESERVED"));
    }

    @Test
    void callDuringARebalanceIsReservedAtOnce() {
        String agent = pool.addAgent("eve", 0.7);
        pool.state(agent, "AVAILABLE").statusCode(200);

        rebalanceStarts();
        pool.call("r2", "").log().ifValidationFails().statusCode(201).body("status", equalTo("RESERVED"))
                .body("reservation.agentId", equalTo(agent));
    }

    /**
     * Asks the routing consumer to rejoin its group and rebuild its pools as a restarted instance would, and
     * returns once the rebalance has begun here (the partitions are revoked, the rebuild not yet done).
     */
    private void rebalanceStarts() {
        recovery.rebuildOnNextAssignment();
        kafka.getConsumer("routing-events").runOnPollingThread(c -> {
            c.enforceRebalance();
        }).await().atMost(Duration.ofSeconds(5));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                .until(() -> !input.settled().toCompletableFuture().isDone());
    }
}
