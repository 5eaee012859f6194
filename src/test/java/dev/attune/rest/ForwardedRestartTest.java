package dev.attune.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.AgentState;
import dev.attune.core.engine.PoolStatus;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.RoutingEvent;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.RecoveryListener;
import dev.attune.kafka.SampleEvents;
import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: "a REST routing call or reservation answer sent to any instance reaches the pool's owner, and survives
 * a restart". A reservation answer and calls are handed over exactly as an instance that does not own the pool
 * hands them over ({@link LivePools#forward}: written to the pool's input topic only); this instance owns the pool
 * and is restarted with no memory but Kafka's (its engine rebuilt from the topics, as after a crash), once after
 * it applied what was forwarded and once while a forwarded call waits unconsumed. After each restart the accept
 * still holds (the agent busy, the offer neither rescinded nor made again) and every forwarded call is there,
 * offered once when an agent frees up.
 */
@QuarkusTest
class ForwardedRestartTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OFFER = "dev.attune.offer.created";

    @Inject
    EngineHost host;
    @Inject
    LivePools pools;
    @Inject
    KafkaClientService kafka;
    @Inject
    @Identifier("attune-recovery")
    RecoveryListener recovery;

    private final AcdSimulator acd = new AcdSimulator("forwarded");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aForwardedAnswerAndCallsSurviveTheOwnersRestart() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> host.state() == EngineHost.State.RUNNING);
        String first = acd.offerACall("ann", "c1", WAIT);
        String bob = profile("bob"); // logged out: calls wait

        forward(new OfferAccepted(acd.pool(), first, "c1", acd.agent("ann"), Instant.now()));
        forward(arrival("c2"));
        awaitPool(1, List.of("c2"));

        restart(false);
        awaitPool(1, List.of("c2"));

        // The owner is down when the next call is forwarded: it waits in the topic for the restarted engine.
        consumer().pause().await().atMost(Duration.ofSeconds(5));
        forward(arrival("c3"));
        restart(true);
        awaitPool(1, List.of("c2", "c3"));

        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", bob).put("state", "AVAILABLE").putNull("expectedFreeAt"));
        acd.awaitDecision(e -> e.path("type").asText().equals(OFFER)
                && e.path("data").path("agentId").asText().equals(bob), WAIT);
        Thread.sleep(1000);
        List<String> offered = acd.decisions().stream().filter(e -> e.path("type").asText().equals(OFFER))
                .map(e -> e.path("data").path("callId").asText()).toList();
        assertEquals(List.of("c1", "c2"), offered, "c1 offered once (its accept held), c2 next, oldest first");
        assertTrue(acd.decisions().stream().noneMatch(e -> e.path("type").asText().endsWith("rescinded")),
                "nothing rescinded: " + acd.decisions());
    }

    /** What a non-owner's REST resource does with a routing event: write it to the pool's input topic, no more. */
    private void forward(RoutingEvent event) throws Exception {
        pools.forward(event).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A GENERAL call in English, as a TaskRequest posted to /api/v1/pools/{pool}/tasks becomes. */
    private RoutingEvent arrival(String callId) {
        return new CallRequest(callId, null, "GENERAL", "en", null, null, null, null, null, null, null, null, null)
                .toArrival(acd.pool(), Instant.now());
    }

    private String profile(String name) {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", acd.agent(name));
        profile.putArray("languages").add("en");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        return acd.agent(name);
    }

    /**
     * The engine thrown away and rebuilt from the topics before any waiting record is consumed, as after a crash.
     * @param paused the consumer was paused (the owner down) and resumes after the rebuild
     */
    private void restart(boolean paused) {
        int rebuilds = host.rebuilds();
        recovery.rebuildOnNextAssignment();
        consumer().runOnPollingThread(c -> {
            c.enforceRebalance();
        }).await().atMost(Duration.ofSeconds(5));
        Awaitility.await().atMost(WAIT).until(() -> host.rebuilds() > rebuilds && host.state() == EngineHost.State.RUNNING);
        if (paused) {
            consumer().resume().await().atMost(Duration.ofSeconds(5));
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return kafka.getConsumer("routing-events");
    }

    /** Waits until the pool has this many busy agents and exactly these calls waiting. */
    private void awaitPool(int busy, List<String> waiting) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            PoolStatus status = host.withCore(core -> core.statuses()).toCompletableFuture().join().stream()
                    .filter(s -> s.poolId().equals(acd.pool())).findFirst().orElseThrow();
            assertEquals(busy, status.agentsByState().getOrDefault(AgentState.BUSY, 0), acd.pool() + ": ann accepted");
            assertEquals(waiting, status.waitingCalls().stream().map(c -> c.callId()).sorted().toList(),
                    acd.pool() + ": forwarded calls waiting");
        });
    }
}
