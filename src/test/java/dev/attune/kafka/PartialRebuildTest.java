package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.core.domain.AgentState;
import dev.attune.service.EngineHost;
import dev.attune.service.port.RoutingInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second member joins the routing group and leaves it again, on the real broker: this instance gives up part
 * of its partitions and takes them back, rebuilding only the pools on those partitions each time. A pool on
 * every partition, each with a connected call: every pool comes back with its call still connected (never
 * offered again) and goes on routing, whether its partition moved or stayed.
 */
@QuarkusTest
class PartialRebuildTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String OFFER = "dev.attune.offer.created";
    private final List<AcdSimulator> pools = new ArrayList<>();

    @Inject
    EngineHost host;

    @Inject
    RoutingInput input;

    @AfterEach
    void close() {
        pools.forEach(AcdSimulator::close);
    }

    @Test
    void aMemberJoiningAndLeavingMovesOnlyItsPartitionsPools() {
        Awaitility.await().atMost(WAIT).until(() -> host.state() == EngineHost.State.RUNNING && host.rebuilds() > 0);
        Set<Integer> covered = new HashSet<>();
        while (covered.size() < 4) {
            AcdSimulator acd = new AcdSimulator("rebalance");
            if (covered.add(PoolPartitions.of(acd.pool(), 4))) {
                pools.add(acd);
            } else {
                acd.close();
            }
        }
        for (AcdSimulator acd : pools) {
            String decision = offerACall(acd, "ann", "call-1");
            acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED).put("decisionId", decision)
                    .put("callId", "call-1").put("agentId", acd.agent("ann")));
        }
        Awaitility.await().atMost(WAIT).until(() -> pools.stream().allMatch(acd -> busy(acd) == 1));

        int before = host.rebuilds();
        try (KafkaConsumer<String, byte[]> other = AcdSimulator.otherRouter()) {
            Awaitility.await().atMost(WAIT).until(() -> {
                other.poll(Duration.ofMillis(200)); // never committed: this instance reads them again
                return !other.assignment().isEmpty() && host.rebuilds() > before;
            });
        }
        // Back to one member: this instance owns every pool again and no rebalance is in flight, so the next
        // test does not meet one.
        Awaitility.await().atMost(WAIT).until(() -> host.rebuilds() > before + 1 && host.state() == EngineHost.State.RUNNING
                && input.settled().toCompletableFuture().isDone() && pools.stream().allMatch(acd -> input.owns(acd.pool())));

        for (AcdSimulator acd : pools) {
            // The accept may lie beyond the frontier of a moved partition: it is then consumed (and applied) again.
            Awaitility.await().atMost(WAIT).untilAsserted(() -> assertEquals(1, busy(acd),
                    acd.pool() + " came back with ann on call-1"));
            offerACall(acd, "bob", "call-2");
            assertEquals(2, acd.decisions().stream().filter(d -> d.path("type").asText().equals(OFFER)).count(),
                    acd.pool() + ": each call offered once");
        }
    }

    private static String offerACall(AcdSimulator acd, String name, String callId) {
        return acd.offerACall(name, callId, WAIT);
    }

    private int busy(AcdSimulator acd) {
        return host.withCore(core -> core.statuses()).toCompletableFuture().join().stream()
                .filter(s -> s.poolId().equals(acd.pool()))
                .mapToInt(s -> s.agentsByState().getOrDefault(AgentState.BUSY, 0)).sum();
    }
}
