package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.CallUpdated;
import dev.attune.core.engine.event.EmotionEstimated;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns schema-valid event data (version 1 of every type) into engine events. The schema has already
 * checked presence, types and ranges, so this reads fields without second-guessing them; the
 * CloudEvents {@code time} is the event's own time (when the call arrived, when the emotion was read).
 */
final class InboundMapping {
    private InboundMapping() {
    }

    static RoutingEvent toEvent(EventType type, JsonNode d, Instant at) {
        return switch (type) {
            case CALL_ARRIVED -> new CallArrived(new Call(
                    text(d, "callId"), text(d, "poolId"), optionalText(d, "customerId"), text(d, "productCode"),
                    text(d, "language"), d.path("priority").asInt(0), d.path("vulnerable").asBoolean(false),
                    d.path("amountAtStake").asDouble(0), optionalText(d, "lifeEvent"),
                    optionalText(d, "lastAgentId"), at, 0, Set.of(), null, Channel.parse(optionalText(d, "channel"))),
                    texts(d.path("segments")));
            case CALL_UPDATED -> new CallUpdated(text(d, "poolId"), text(d, "callId"), text(d, "productCode"),
                    text(d, "language"), d.path("priority").asInt(0), d.path("vulnerable").asBoolean(false),
                    d.path("amountAtStake").asDouble(0), optionalText(d, "lifeEvent"), at);
            case CALL_ABANDONED -> new CallAbandoned(text(d, "poolId"), text(d, "callId"), at);
            case CALL_ENDED -> new CallEnded(text(d, "poolId"), text(d, "callId"), text(d, "agentId"),
                    CallOutcome.valueOf(text(d, "outcome")), optionalInt(d, "csat"),
                    emotionAtEnd(d.path("emotionAtEnd"), text(d, "callId")), at);
            case AGENT_STATE_CHANGED -> new AgentStateChanged(text(d, "poolId"), text(d, "agentId"),
                    AgentState.valueOf(text(d, "state")), optionalTime(d, "expectedFreeAt"), at);
            case AGENT_PROFILE_CHANGED -> new AgentProfileChanged(new AgentProfile(
                    text(d, "agentId"), text(d, "poolId"), optionalText(d, "displayName"), wholeNumbers(d.path("skills")),
                    strings(d.path("languages")), strings(d.path("licences")), d.path("empathy").asDouble(),
                    capacity(d.path("capacity"))), at);
            case OFFER_ACCEPTED -> new OfferAccepted(text(d, "poolId"), text(d, "decisionId"), text(d, "callId"),
                    text(d, "agentId"), at);
            case OFFER_REJECTED -> new OfferRejected(text(d, "poolId"), text(d, "decisionId"), text(d, "callId"),
                    text(d, "agentId"), optionalText(d, "reason"), at);
            case OFFER_TIMED_OUT -> new OfferTimedOut(text(d, "poolId"), text(d, "decisionId"), text(d, "callId"),
                    text(d, "agentId"), at);
            case EMOTION_ESTIMATED -> new EmotionEstimated(text(d, "poolId"), emotion(d, text(d, "callId"), at));
            case OFFER_CREATED, OFFER_RESCINDED, AGENT_SET_AWAY, CALL_UNROUTABLE ->
                    throw new IllegalArgumentException(type.type() + " is produced by Attune, not consumed");
        };
    }

    private static EmotionEstimate emotionAtEnd(JsonNode node, String callId) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return emotion(node, callId, OffsetDateTime.parse(node.get("estimatedAt").asText()).toInstant());
    }

    private static EmotionEstimate emotion(JsonNode d, String callId, Instant at) {
        return new EmotionEstimate(callId, d.get("anxiety").asDouble(), d.get("frustration").asDouble(),
                d.get("anger").asDouble(), d.get("confusion").asDouble(), d.get("valence").asDouble(),
                d.get("arousal").asDouble(), d.get("confidence").asDouble(), at);
    }

    private static String text(JsonNode d, String field) {
        return d.get(field).asText();
    }

    private static String optionalText(JsonNode d, String field) {
        JsonNode node = d.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Integer optionalInt(JsonNode d, String field) {
        JsonNode node = d.get(field);
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static Instant optionalTime(JsonNode d, String field) {
        String text = optionalText(d, field);
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    /** A whole number of voice calls (the profile before channels), calls per channel, or absent: one voice call. */
    private static ChannelCounts capacity(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return ChannelCounts.ONE_VOICE;
        }
        return node.isObject() ? ChannelCounts.named(wholeNumbers(node)) : ChannelCounts.of(Channel.VOICE, node.asInt());
    }

    private static Map<String, Integer> wholeNumbers(JsonNode node) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> skills.put(e.getKey(), e.getValue().asInt()));
        return skills;
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        return texts;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }
}
