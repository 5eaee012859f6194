package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.RecoveryListener;
import dev.attune.kafka.SampleEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stops the router between events and brings it back with no memory but Kafka's: its engine is thrown away
 * and rebuilt from the topics, exactly as after a crash or when another instance takes the pool over. Some
 * events arrive while it is down. Afterwards every call has been offered exactly once, no agent ever held two
 * offers, an offer made before the restart is still answered, and an event sent again is still a duplicate.
 */
@QuarkusTest
class RestartRecoveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String OFFER_CREATED = "dev.attune.offer.created";

    @Inject
    KafkaClientService kafka;

    @Inject
    EngineHost host;

    @Inject
    @Identifier("attune-recovery")
    RecoveryListener recovery;

    private final AcdSimulator acd = new AcdSimulator("restart");

    @AfterEach
    void close() {
        acd.close();
    }

    /** Stops consuming: what arrives now waits in Kafka, as it would for a service that is down. */
    private void goDown() {
        consumer().pause().await().atMost(Duration.ofSeconds(5));
    }

    /** Comes back: the engine is rebuilt from the topics before any waiting record is consumed. */
    private void comeBack() {
        int rebuilds = host.rebuilds();
        // A rebalance that hands back the same partitions keeps the live pools; a restart does not.
        recovery.rebuildOnNextAssignment();
        consumer().runOnPollingThread(c -> {
            c.enforceRebalance();
        }).await().atMost(Duration.ofSeconds(5));
        Awaitility.await().atMost(WAIT).until(() -> host.rebuilds() > rebuilds);
        consumer().resume().await().atMost(Duration.ofSeconds(5));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return kafka.getConsumer("routing-events");
    }

    private void profile(String agent) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", acd.agent(agent));
        data.putObject("skills").put("GENERAL", 3);
        acd.send(EventType.AGENT_PROFILE_CHANGED, data);
    }

    private void state(String agent, String state) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", acd.agent(agent)).put("state", state).putNull("expectedFreeAt"));
    }

    private String arrive(String call) {
        return acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", call)
                .put("productCode", "GENERAL"));
    }

    private JsonNode offerFor(String call) {
        try {
            return acd.awaitDecision(e -> e.path("type").asText().equals(OFFER_CREATED)
                    && e.path("data").path("callId").asText().equals(call), WAIT).path("data");
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no offer for " + call + "; the engine says "
                    + host.statuses().stream().filter(s -> s.poolId().equals(acd.pool())).toList(), e);
        }
    }

    private void accept(JsonNode offer) {
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", offer.path("callId").asText())
                .put("agentId", offer.path("agentId").asText()));
    }

    private void end(String call, String agent) {
        acd.send(EventType.CALL_ENDED, SampleEvents.data(EventType.CALL_ENDED).put("callId", call)
                .put("agentId", acd.agent(agent)));
    }

    @Test
    void everyCallIsRoutedOnceAcrossRestartsAndNoAgentHoldsTwoOffers() throws Exception {
        profile("a1");
        profile("a2");
        state("a1", "AVAILABLE");
        String firstArrival = arrive("c1");
        JsonNode first = offerFor("c1");
        assertEquals(acd.agent("a1"), first.path("agentId").asText());

        goDown();
        comeBack();
        // a1 is still reserved for c1 by the offer made before the restart, and a2 is logged out: c2 waits.
        arrive("c2");
        Thread.sleep(1000);
        assertEquals(1, offers().size(), "nobody free, so no new offer: " + offers());
        state("a2", "AVAILABLE");
        assertEquals(acd.agent("a2"), offerFor("c2").path("agentId").asText());
        // The ACD answers the offer it got before the restart, and it still fits.
        accept(first);

        goDown();
        // While the router is down: c1 ends, a1 is free again, c3 arrives, and the ACD re-sends c1's arrival.
        end("c1", "a1");
        state("a1", "WRAP_UP");
        state("a1", "AVAILABLE");
        arrive("c3");
        acd.resend(firstArrival);
        comeBack();
        assertEquals(acd.agent("a1"), offerFor("c3").path("agentId").asText());

        Thread.sleep(1000);
        List<JsonNode> offers = offers();
        assertEquals(List.of("c1", "c2", "c3"), offers.stream().map(o -> o.path("callId").asText()).toList(),
                "each call offered exactly once");
        assertEquals(3, new HashSet<>(offers.stream().map(o -> o.path("decisionId").asText()).toList()).size());
        assertTrue(acd.decisions().stream().noneMatch(e -> e.path("type").asText().endsWith("rescinded")),
                "nothing rescinded: " + acd.decisions());
        assertNoAgentHeldTwoOffers();
    }

    private List<JsonNode> offers() {
        return acd.decisions().stream().filter(e -> e.path("type").asText().equals(OFFER_CREATED))
                .map(e -> e.path("data")).toList();
    }

    /** Walks the decisions in order: an agent's next offer only after the ACD ended the call of the previous one. */
    private void assertNoAgentHeldTwoOffers() {
        Map<String, String> holding = new HashMap<>();
        Set<String> ended = Set.of("c1");
        for (JsonNode offer : offers()) {
            String agent = offer.path("agentId").asText();
            String previous = holding.put(agent, offer.path("callId").asText());
            assertTrue(previous == null || ended.contains(previous),
                    agent + " got " + offer.path("callId").asText() + " while holding " + previous);
        }
    }
}
