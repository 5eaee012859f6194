package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.AgentState;
import dev.attune.core.engine.PoolStatus;
import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Offers settle by what the ACD said: an accept the ACD sent in time, but that the router applies only after
 * the wall-clock reservation deadline (here the router is frozen meanwhile), is honoured, because deadlines
 * are judged by how far the input has been consumed.
 */
@QuarkusTest
class AnswerAfterDeadlineTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("late-answer");
    private final String agent = acd.agent("rollover-expert");

    @Inject
    EngineHost host;

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void anAcceptAppliedAfterTheWallClockDeadlineButBeforeTheInputPassesItIsHonoured() throws Exception {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent)
                .put("empathy", 0.9);
        profile.putObject("skills").put("RETIREMENT", 4);
        profile.putArray("languages").add("en");
        profile.putArray("licences").add("FINRA_SERIES_7");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", "AVAILABLE").putNull("expectedFreeAt"));
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "late-1"));
        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created"), WAIT)
                .path("data");
        Instant deadline = Instant.parse(offer.path("reservationDeadline").asText());

        // The router freezes until well past the deadline; the ACD's accept reaches the broker in time.
        Duration frozen = Duration.between(Instant.now(), deadline).plusSeconds(5);
        CompletionStage<Object> freeze = host.withCore(core -> {
            sleep(frozen);
            return null;
        });
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", "late-1").put("agentId", agent));
        freeze.toCompletableFuture().get(frozen.toSeconds() + 30, TimeUnit.SECONDS);
        assertTrue(Instant.now().isAfter(deadline), "the accept is applied after the wall-clock deadline");

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> status().pendingOffers().isEmpty());
        Thread.sleep(2_000); // ticks and input proofs go on: the accepted offer must stay accepted
        acd.poll();
        List<String> types = acd.decisions().stream().map(e -> e.path("type").asText()).toList();
        assertEquals(List.of("dev.attune.offer.created"), types, "no rescind, no second offer: " + types);
        assertEquals(1, status().agentsByState().getOrDefault(AgentState.BUSY, 0));
        assertEquals(0, status().counters().timeouts());
    }

    private PoolStatus status() throws Exception {
        return host.withCore(core -> core.statuses().stream().filter(s -> s.poolId().equals(acd.pool()))
                .findFirst().orElseThrow()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
