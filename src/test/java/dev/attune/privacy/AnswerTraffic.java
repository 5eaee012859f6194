package dev.attune.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The rest of a call's life over Kafka, with markers in every id and free-text field: a waiting call updated
 * (life event) then offered and accepted; an offer timed out (the service answers agent.set-away); a call nobody
 * is licensed for (the service answers call.unroutable). Each in its own pool, so the offers are predictable.
 * Returns every notice and offer the service published about these pools, for the test to read.
 */
final class AnswerTraffic {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Markers markers;

    AnswerTraffic(Markers markers) {
        this.markers = markers;
    }

    List<JsonNode> run(String unservableProduct) {
        List<JsonNode> published = new ArrayList<>();
        try (AcdSimulator acd = new AcdSimulator(markers.of("pool"))) {
            published.addAll(updatedThenAccepted(acd));
        }
        try (AcdSimulator acd = new AcdSimulator(markers.of("pool"))) {
            published.addAll(timedOut(acd));
        }
        try (AcdSimulator acd = new AcdSimulator(markers.of("pool"))) {
            published.addAll(unroutable(acd, unservableProduct));
        }
        return published;
    }

    private List<JsonNode> updatedThenAccepted(AcdSimulator acd) {
        String agent = profile(acd, "-u");
        String callId = markers.of("call") + "-u";
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("customerId", markers.of("customer")).put("productCode", "GENERAL").putNull("lifeEvent")
                .put("lastAgentId", agent));
        acd.send(EventType.CALL_UPDATED, SampleEvents.data(EventType.CALL_UPDATED).put("callId", callId)
                .put("productCode", "GENERAL").put("language", "en").put("lifeEvent", markers.of("life")));
        acd.send(EventType.CALL_UPDATED, SampleEvents.data(EventType.CALL_UPDATED).put("callId", callId)
                .put("productCode", "GENERAL").put("language", "en").put("amountAtStake", -1).put("lifeEvent", markers.of("life")));
        available(acd, agent);
        JsonNode offer = offerOf(acd, callId);
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", callId).put("agentId", agent));
        return acd.decisions();
    }

    private List<JsonNode> timedOut(AcdSimulator acd) {
        String agent = profile(acd, "-t");
        available(acd, agent);
        String callId = markers.of("call") + "-t";
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("customerId", markers.of("customer")).put("productCode", "GENERAL").put("lifeEvent", markers.of("life"))
                .put("lastAgentId", agent));
        JsonNode offer = offerOf(acd, callId);
        acd.send(EventType.OFFER_TIMED_OUT, SampleEvents.data(EventType.OFFER_TIMED_OUT)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", callId).put("agentId", agent));
        acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.agent.set-away")
                && e.path("data").path("agentId").asText().equals(agent), WAIT);
        return acd.decisions();
    }

    private List<JsonNode> unroutable(AcdSimulator acd, String product) {
        available(acd, profile(acd, "-n"));
        String callId = markers.of("call") + "-n";
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("customerId", markers.of("customer")).put("productCode", product).put("lifeEvent", markers.of("life")));
        acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.call.unroutable")
                && e.path("data").path("callId").asText().equals(callId), WAIT);
        return acd.decisions();
    }

    private String profile(AcdSimulator acd, String suffix) {
        String agent = markers.of("agent") + suffix;
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent)
                .put("displayName", markers.of("name"));
        profile.putObject("skills").put("GENERAL", 3);
        profile.putArray("languages").add("en");
        profile.putArray("licences").add(markers.of("licence"));
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        return agent;
    }

    private static void available(AcdSimulator acd, String agent) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", "AVAILABLE").putNull("expectedFreeAt"));
    }

    private static JsonNode offerOf(AcdSimulator acd, String callId) {
        return acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
    }
}
