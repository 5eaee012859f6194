package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.learning.ServedPool;
import dev.attune.persistence.RoutingJournal;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A skilled agent's learned score rises after good outcomes, end to end: a pool whose other agents have a history
 * in the journal, and a star configured 0.40 with none. Distressed callers then reach the star over Kafka
 * (call.arrived, emotion.estimated, the offer on routing.decisions, offer.accepted), and each call.ended says
 * resolved, CSAT 5, the caller calm; a colleague also configured 0.40 gets the same callers and ends them poorly.
 * The star's learned score read over REST rises well above the configured one, the colleague's does not.
 */
@QuarkusTest
class LearnedOverKafkaTest {
    private static final int CALLS = 30;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RoutingJournal journal;

    @Test
    void aSkilledAgentsLearnedScoreRisesAfterGoodOutcomesOverKafka() {
        try (AcdSimulator acd = new AcdSimulator("learn")) {
            String pool = ServedPool.withAStar(acd.pool());
            ServedPool.serve(journal, pool, 120, false);
            String star = pool + "-star";
            String at = "agents.find { it.agentId == '" + star + "' }.";
            JsonPath before = empathy(pool);
            assertEquals(0, before.getInt(at + "calls"));
            assertEquals(0.4, before.getDouble(at + "learned"), 1e-9, "no calls: the configured score stands");

            // A colleague configured like the star takes the same kind of calls with poor outcomes: the calls over
            // Kafka differ from the journalled ones in stakes, so without it the stakes term would absorb the star's luck.
            String colleague = pool + "-2";
            for (int i = 0; i < CALLS; i++) {
                serveADistressedCaller(acd, star, colleague, "kafka-star-" + i, true);
                serveADistressedCaller(acd, colleague, star, "kafka-colleague-" + i, false);
            }
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> empathy(pool).getInt(at + "calls") == CALLS);
            JsonPath after = empathy(pool);
            double learned = after.getDouble(at + "learned");
            assertTrue(learned > 0.55, "learned " + learned + " after " + CALLS + " good calls, configured 0.40");
            assertTrue(after.getDouble(at + "lower") > 0.4, "interval clear of the configured score: " + after.getDouble(at + "lower"));
            assertEquals(0.4, after.getDouble(at + "configured"), 1e-9);
            String colleagueAt = "agents.find { it.agentId == '" + colleague + "' }.";
            assertTrue(after.getDouble(colleagueAt + "learned") < learned, "the colleague with poor outcomes stays below");
        }
    }

    /**
     * Both agents are busy while the call and its emotion arrive; then the one frees up and takes it, and the call
     * ends well (resolved, CSAT 5, calm) or poorly (a callback, CSAT 2, as distressed as before).
     */
    private static void serveADistressedCaller(AcdSimulator acd, String star, String other, String callId,
            boolean well) {
        state(acd, other, "BUSY");
        state(acd, star, "BUSY");
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("productCode", "GENERAL").put("language", "en").put("priority", 0).put("vulnerable", false)
                .put("amountAtStake", 0).putNull("lifeEvent").putNull("lastAgentId"));
        acd.send(EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", callId)
                .put("anxiety", 0.9).put("frustration", 0.6).put("anger", 0.3).put("confusion", 0.2)
                .put("valence", -0.8).put("arousal", 0.9).put("confidence", 0.9));
        state(acd, star, "AVAILABLE");
        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
        assertEquals(star, offer.path("agentId").asText(), "only this agent is free");
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", callId).put("agentId", star));
        ObjectNode ended = SampleEvents.data(EventType.CALL_ENDED).put("callId", callId).put("agentId", star)
                .put("outcome", well ? "RESOLVED" : "CALLBACK").put("csat", well ? 5 : 2);
        if (well) {
            ((ObjectNode) ended.get("emotionAtEnd")).put("anxiety", 0.02).put("frustration", 0.02).put("anger", 0.0)
                    .put("confusion", 0.02).put("valence", 0.6).put("arousal", 0.1);
        } else {
            ((ObjectNode) ended.get("emotionAtEnd")).put("anxiety", 0.9).put("frustration", 0.6).put("anger", 0.3)
                    .put("confusion", 0.2).put("valence", -0.8).put("arousal", 0.9);
        }
        acd.send(EventType.CALL_ENDED, ended);
    }

    private static void state(AcdSimulator acd, String agent, String state) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", state).putNull("expectedFreeAt"));
    }

    private static JsonPath empathy(String pool) {
        return given().auth().oauth2(Tokens.of("wfm")).get("/api/v1/empathy/" + pool).then().statusCode(200)
                .extract().jsonPath();
    }
}
