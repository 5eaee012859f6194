package dev.attune.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import java.time.Duration;
import java.util.Map;

/**
 * A small contact-centre floor of its own pool, played through Kafka as an ACD and an analytics feed
 * would: agents log in, callers arrive (some anxious), agents accept offers, callers hang up, calls end.
 * The service under test sees only the events, exactly as in production.
 */
final class CallFloor implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final AcdSimulator acd = new AcdSimulator("ops");

    String pool() {
        return acd.pool();
    }

    String agent(String name) {
        return acd.agent(name);
    }

    /** An agent with skills (name → proficiency) and an empathy score, logged in and available. */
    void staff(String name, double empathy, Map<String, Integer> skills) {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent(name))
                .put("displayName", name).put("empathy", empathy);
        ObjectNode skillNode = profile.putObject("skills");
        skills.forEach(skillNode::put);
        profile.putArray("languages").add("en");
        profile.putArray("licences");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        state(name, "AVAILABLE");
    }

    void state(String name, String state) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agent(name)).put("state", state).putNull("expectedFreeAt"));
    }

    /** A caller about a product, with the analytics feed's reading of how anxious they sound. */
    void call(String callId, String product, double anxiety, double amountAtStake) {
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("productCode", product).put("priority", 0).put("vulnerable", anxiety > 0.7)
                .put("amountAtStake", amountAtStake).putNull("lifeEvent").putNull("lastAgentId"));
        acd.send(EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", callId)
                .put("anxiety", anxiety).put("frustration", anxiety / 2).put("anger", 0.05).put("confusion", 0.2)
                .put("valence", -anxiety).put("arousal", anxiety).put("confidence", 0.9));
    }

    /** The offer Attune published for the call (waits for it). */
    JsonNode offerFor(String callId) {
        return acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
    }

    /** The agent takes the offered call. */
    void accept(JsonNode offer) {
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", offer.path("callId").asText())
                .put("agentId", offer.path("agentId").asText()));
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", offer.path("agentId").asText()).put("state", "BUSY").putNull("expectedFreeAt"));
    }

    void hangUp(String callId) {
        acd.send(EventType.CALL_ABANDONED, SampleEvents.data(EventType.CALL_ABANDONED).put("callId", callId));
    }

    /** The call ends resolved and the agent is free again. */
    void end(JsonNode offer) {
        end(offer, "RESOLVED", 5);
    }

    /** The call ends so (RESOLVED, COMPLAINT, ...) with this CSAT, and the agent is free again. */
    void end(JsonNode offer, String outcome, int csat) {
        String agentId = offer.path("agentId").asText();
        ObjectNode ended = SampleEvents.data(EventType.CALL_ENDED).put("callId", offer.path("callId").asText())
                .put("agentId", agentId).put("outcome", outcome).put("csat", csat);
        ended.remove("emotionAtEnd");
        acd.send(EventType.CALL_ENDED, ended);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agentId).put("state", "AVAILABLE").putNull("expectedFreeAt"));
    }

    /** A record that is not JSON at all, as a broken publisher might send: it must end up a dead letter. */
    void sendGarbage() {
        acd.send(AcdSimulator.TOPICS.calls(), pool(), "not json".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.List.of());
    }

    @Override
    public void close() {
        acd.close();
    }
}
