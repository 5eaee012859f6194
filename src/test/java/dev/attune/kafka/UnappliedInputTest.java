package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Input that changes nothing is counted as such, not as applied: a second accept of an offer (DUPLICATE),
 * an accept after the offer was withdrawn (LATE), an answer about no offer Attune made (STRAY), and an
 * emotion estimate older than the one in force. Sent over Kafka to the real service; read where an operator
 * looks: /q/metrics and the pool's queue health.
 */
@QuarkusTest
class UnappliedInputTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final AcdSimulator acd = new AcdSimulator("unapplied");

    @AfterEach
    void close() {
        acd.close();
    }

    private ObjectNode answer(EventType type, String decisionId, String callId, String agentId) {
        return SampleEvents.data(type).put("decisionId", decisionId).put("callId", callId).put("agentId", agentId);
    }

    private void sendEstimate(String callId, Instant estimatedAt) {
        ObjectNode data = SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", callId).put("poolId", acd.pool());
        ObjectNode envelope = SampleEvents.envelope(EventType.EMOTION_ESTIMATED, data);
        envelope.put("time", estimatedAt.toString());
        acd.send(AcdSimulator.TOPICS.name(EventType.EMOTION_ESTIMATED.topic()), acd.pool(),
                SampleEvents.bytes(envelope), List.of());
    }

    @Test
    void lateDuplicateAndStrayAnswersAndStaleEstimatesAreCountedApart() {
        String ann = acd.agent("ann");
        String first = acd.offerACall("ann", "call-1", WAIT);
        sendEstimate("call-1", Instant.now());
        sendEstimate("call-1", Instant.now().minusSeconds(60)); // older than the one in force
        acd.send(EventType.OFFER_ACCEPTED, answer(EventType.OFFER_ACCEPTED, first, "call-1", ann));
        acd.send(EventType.OFFER_ACCEPTED, answer(EventType.OFFER_ACCEPTED, first, "call-1", ann));
        acd.send(EventType.OFFER_REJECTED, answer(EventType.OFFER_REJECTED, "no-such-offer", "call-1", ann)
                .put("reason", "busy"));

        String bob = acd.agent("bob");
        String second = acd.offerACall("bob", "call-2", WAIT);
        acd.send(EventType.CALL_ABANDONED, SampleEvents.data(EventType.CALL_ABANDONED).put("callId", "call-2"));
        acd.send(EventType.OFFER_ACCEPTED, answer(EventType.OFFER_ACCEPTED, second, "call-2", bob));

        String pool = acd.pool();
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            String health = given().get("/api/v1/pools/" + pool + "/queue-health").then().statusCode(200)
                    .extract().asString();
            io.restassured.path.json.JsonPath counters = io.restassured.path.json.JsonPath.from(health);
            assertEquals(1, counters.getInt("counters.unappliedAnswers.DUPLICATE"), health);
            assertEquals(1, counters.getInt("counters.unappliedAnswers.LATE"), health);
            assertEquals(1, counters.getInt("counters.unappliedAnswers.STRAY"), health);
            assertEquals(1, counters.getInt("counters.staleEstimates"), health);
        });
        // the metrics read the queue snapshot, refreshed every second (attune.engine.queue-refresh)
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            for (String why : List.of("LATE", "DUPLICATE", "STRAY")) {
                String line = "attune_answers_unapplied_total{pool=\"" + pool + "\",why=\"" + why + "\"} 1.0";
                assertTrue(metrics.contains(line), "expected " + line);
            }
            String stale = "attune_emotion_estimates_stale_total{pool=\"" + pool + "\"} 1.0";
            assertTrue(metrics.contains(stale), "expected " + stale);
        });
    }
}
