package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.AgentState;
import dev.attune.core.engine.PoolStatus;
import dev.attune.service.EngineHost;
import dev.attune.service.port.RoutingInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * REST routing calls sent to an instance that does not own the pool, on the real broker: a second member of the
 * routing group takes some partitions, and a reservation answer and a new call posted to this instance for a pool
 * on one of them are written to the pool's input topic, where that member (the owner now) reads them. When it
 * leaves, this instance takes the pool back from history and the topic: the offer is settled as accepted by the
 * answer it never applied itself, and the new call waits, offered to nobody twice.
 */
@QuarkusTest
class RestToOwnerTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String OFFER = "dev.attune.offer.created";
    private final List<AcdSimulator> pools = new ArrayList<>();
    /** The pool on a partition the other member took. */
    private AcdSimulator moved;

    @Inject
    EngineHost host;

    @Inject
    RoutingInput input;

    @AfterEach
    void close() {
        pools.forEach(AcdSimulator::close);
    }

    @Test
    void callsAndAnswersPostedToANonOwnerReachTheOwner() {
        Awaitility.await().atMost(WAIT).until(() -> host.state() == EngineHost.State.RUNNING && host.rebuilds() > 0);
        List<String> offered = new ArrayList<>();
        while (pools.size() < 4) {
            AcdSimulator acd = new AcdSimulator("owner");
            if (pools.stream().noneMatch(p -> PoolPartitions.of(p.pool(), 4) == PoolPartitions.of(acd.pool(), 4))) {
                pools.add(acd);
                offered.add(offerACall(acd));
            } else {
                acd.close();
            }
        }
        int before = host.rebuilds();
        List<ConsumerRecord<String, byte[]>> seenByOwner = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> owner = AcdSimulator.otherRouter()) {
            Awaitility.await().atMost(WAIT).until(() -> {
                owner.poll(Duration.ofMillis(200)).forEach(seenByOwner::add); // never committed
                return !owner.assignment().isEmpty() && host.rebuilds() > before;
            });
            int index = indexOn(owner.assignment().stream().mapToInt(TopicPartition::partition).min().orElseThrow());
            moved = pools.get(index);
            AcdSimulator acd = moved;
            String agent = acd.agent("ann");

            given().contentType(ContentType.JSON).body("{\"agentId\": \"" + agent + "\"}")
                    .post("/api/v1/pools/" + acd.pool() + "/reservations/" + offered.get(index) + "/accept")
                    .then().statusCode(200);
            given().contentType(ContentType.JSON)
                    .body("{\"callId\": \"call-2\", \"productCode\": \"GENERAL\", \"language\": \"en\"}")
                    .post("/api/v1/pools/" + acd.pool() + "/tasks")
                    .then().statusCode(202);
            Awaitility.await().atMost(WAIT).until(() -> {
                owner.poll(Duration.ofMillis(200)).forEach(seenByOwner::add);
                return written(seenByOwner, acd.pool(), "dev.attune.offer.accepted").isPresent()
                        && written(seenByOwner, acd.pool(), "dev.attune.call.arrived").isPresent();
            });
            JsonNode accept = written(seenByOwner, acd.pool(), "dev.attune.offer.accepted").orElseThrow();
            assertEquals(offered.get(index), accept.path("data").path("decisionId").asText());
            assertTrue(accept.path("source").asText().startsWith("urn:attune:router:rest:"), accept.toString());
        }
        // Back to one member: this instance owns every pool again and no rebalance is in flight, so the next
        // test does not meet one.
        Awaitility.await().atMost(WAIT).until(() -> host.rebuilds() > before + 1 && host.state() == EngineHost.State.RUNNING
                && input.settled().toCompletableFuture().isDone() && pools.stream().allMatch(acd -> input.owns(acd.pool())));

        AcdSimulator acd = moved;
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            PoolStatus status = status(acd.pool());
            assertEquals(1, status.agentsByState().getOrDefault(AgentState.BUSY, 0), acd.pool() + ": ann accepted");
            assertTrue(status.waitingCalls().stream().anyMatch(c -> c.callId().equals("call-2")),
                    acd.pool() + ": call-2 waits for an agent");
        });
        assertEquals(1, acd.decisions().stream().filter(d -> d.path("type").asText().equals(OFFER)).count(),
                acd.pool() + ": call-1 offered once, call-2 to nobody yet");
    }

    /** Which of the pools is on this partition number. */
    private int indexOn(int partition) {
        for (int i = 0; i < pools.size(); i++) {
            if (PoolPartitions.of(pools.get(i).pool(), 4) == partition) {
                return i;
            }
        }
        throw new IllegalStateException("no pool on partition " + partition);
    }

    private static Optional<JsonNode> written(List<ConsumerRecord<String, byte[]>> records, String pool, String type) {
        return records.stream().filter(r -> pool.equals(r.key())).map(AcdSimulator::event)
                .filter(e -> e.path("type").asText().equals(type)).findFirst();
    }

    /** ann available and a call offered to her; returns the offer's decision id. */
    private static String offerACall(AcdSimulator acd) {
        return acd.offerACall("ann", "call-1", WAIT);
    }

    private PoolStatus status(String pool) {
        return host.withCore(core -> core.statuses()).toCompletableFuture().join().stream()
                .filter(s -> s.poolId().equals(pool)).findFirst().orElseThrow();
    }
}
