package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Queue health says why a call waits through the real service (events in over Kafka, queue health out over
 * REST): held for a better agent about to be free, and waiting for its product's next relaxation ring.
 */
@QuarkusTest
class WaitReasonsOverKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("wait-reasons");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aRolloverCallerWithOnlyALevelThreeAgentFreeWaitsForTheRelaxationRing() {
        // 401K_ROLLOVER's first ring asks for RETIREMENT 4; the second, at 30 s, admits 3 (config/catalogue.json)
        String junior = profile("junior", 3, 0.5);
        available(junior, null);
        acd.send(EventType.CALL_ARRIVED, calmRollover("ring-1"));

        Map<String, Object> waiting = awaitWaiting("ring-1");

        assertEquals("WAITING_FOR_RELAXATION_RING", waiting.get("waitReason"), waiting::toString);
    }

    @Test
    void aDistressedHighStakesCallerHeldForTheStarAboutToBeFreeSaysSo() throws InterruptedException {
        String adequate = profile("adequate", 4, 0.3);
        String star = profile("star", 5, 0.95);
        available(adequate, null);
        available(star, Instant.now().plusSeconds(8)); // busy, free within the maximum hold (10 s)
        // The caller's distress is read in the IVR, before the call reaches the queue.
        acd.send(EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", "held-1")
                .put("anxiety", 0.9).put("frustration", 0.3).put("valence", -0.7).put("arousal", 0.8));
        Thread.sleep(1_000);
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "held-1")
                .put("amountAtStake", 200_000).putNull("lastAgentId"));

        Map<String, Object> waiting = awaitWaiting("held-1");

        assertEquals("HELD_FOR_BETTER_AGENT", waiting.get("waitReason"), waiting::toString);
        assertEquals(star, waiting.get("heldForAgentId"), waiting::toString);
    }

    private String profile(String name, int retirement, double empathy) {
        String agentId = acd.agent(name);
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agentId)
                .put("displayName", name).put("empathy", empathy);
        profile.putObject("skills").put("RETIREMENT", retirement);
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        return agentId;
    }

    /** AVAILABLE when {@code busyUntil} is null, else BUSY until then. */
    private void available(String agentId, Instant busyUntil) {
        ObjectNode state = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agentId);
        if (busyUntil == null) {
            state.put("state", "AVAILABLE").putNull("expectedFreeAt");
        } else {
            state.put("state", "BUSY").put("expectedFreeAt", busyUntil.toString());
        }
        acd.send(EventType.AGENT_STATE_CHANGED, state);
    }

    private static ObjectNode calmRollover(String callId) {
        return SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId).put("priority", 0)
                .put("vulnerable", false).put("amountAtStake", 0).putNull("lifeEvent").putNull("lastAgentId");
    }

    /** The call's row in the pool's queue health, once it is there. */
    private Map<String, Object> awaitWaiting(String callId) {
        String path = "waiting.find { it.callId == '" + callId + "' }";
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = given().get("/api/v1/pools/" + acd.pool() + "/queue-health"); // 404 until the pool exists
            return answer.statusCode() == 200 ? answer.jsonPath().<String, Object>getMap(path) : null;
        }, row -> row != null);
    }
}
