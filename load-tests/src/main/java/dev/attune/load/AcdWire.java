package dev.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The ACD's and the analytics feed's side of the event contract (docs/events.md): CloudEvents 1.0 in
 * structured mode, type {@code dev.attune.<name>}, the data schema version named by {@code dataschema},
 * the event's own time in {@code time} (never in the data, whose schemas allow no extra field), every
 * record keyed by routing pool. The one place in the load generator that knows field names, so a
 * contract change is a change here.
 */
public final class AcdWire {
    public static final String CALLS = "acd.calls";
    public static final String AGENTS = "acd.agents";
    public static final String EMOTIONS = "analytics.emotions";
    public static final String DECISIONS = "routing.decisions";
    public static final String DEAD_LETTER = "routing.dead-letter";

    private static final String TYPE_PREFIX = "dev.attune.";
    private static final String SCHEMAS = "https://attune.dev/schemas/events/";
    /** The CloudEvents source of everything the generator plays; dead letters carrying it are ours. */
    public static final String SOURCE = "urn:attune:load-generator";
    private static final String CONTENT_TYPE = "application/cloudevents+json";

    private final ObjectMapper json = new ObjectMapper();

    public ProducerRecord<String, byte[]> callArrived(Caller caller, Instant at) {
        ObjectNode data = data(caller.poolId());
        data.put("callId", caller.callId());
        data.put("customerId", caller.customerId());
        data.put("productCode", caller.productCode());
        data.put("language", caller.language());
        data.put("priority", caller.priority());
        data.put("vulnerable", caller.vulnerable());
        data.put("amountAtStake", caller.amountAtStake());
        data.put("lifeEvent", caller.lifeEvent());
        if (caller.channel() != null && caller.channel() != dev.attune.core.domain.Channel.VOICE) {
            data.put("channel", caller.channel().name());
        }
        return record(CALLS, "call.arrived", caller.poolId(), caller.callId(), at, data);
    }

    public ProducerRecord<String, byte[]> callEnded(String poolId, String callId, String agentId, String outcome,
            Integer csat, Instant at) {
        ObjectNode data = data(poolId);
        data.put("callId", callId);
        data.put("agentId", agentId);
        data.put("outcome", outcome);
        data.put("csat", csat);
        return record(CALLS, "call.ended", poolId, callId, at, data);
    }

    public ProducerRecord<String, byte[]> emotionEstimated(String poolId, String callId, Emotion emotion, Instant at) {
        ObjectNode data = data(poolId);
        data.put("callId", callId);
        data.put("anxiety", emotion.anxiety());
        data.put("frustration", emotion.frustration());
        data.put("anger", emotion.anger());
        data.put("confusion", emotion.confusion());
        data.put("valence", emotion.valence());
        data.put("arousal", emotion.arousal());
        data.put("confidence", emotion.confidence());
        return record(EMOTIONS, "emotion.estimated", poolId, callId, at, data);
    }

    /** @param expectedFreeAt for BUSY and WRAP_UP; null otherwise */
    public ProducerRecord<String, byte[]> agentStateChanged(String poolId, String agentId, String state,
            Instant expectedFreeAt, Instant at) {
        ObjectNode data = data(poolId);
        data.put("agentId", agentId);
        data.put("state", state);
        data.put("expectedFreeAt", expectedFreeAt == null ? null : expectedFreeAt.toString());
        return record(AGENTS, "agent.state-changed", poolId, agentId, at, data);
    }

    /** offer.accepted, offer.rejected (with a reason) or offer.timed-out. */
    public ProducerRecord<String, byte[]> offerAnswered(String type, OfferSeen offer, String reason, Instant at) {
        ObjectNode data = data(offer.poolId());
        data.put("decisionId", offer.decisionId());
        data.put("callId", offer.callId());
        data.put("agentId", offer.agentId());
        if (reason != null) {
            data.put("reason", reason);
        }
        return record(AGENTS, type, offer.poolId(), offer.callId(), at, data);
    }

    /**
     * Reads a routing.decisions record: offer.created, offer.rescinded or agent.set-away, structured or binary.
     * Anything else is returned as {@link Decision.Other} so the caller can count it.
     */
    public Decision decision(ConsumerRecord<String, byte[]> record, long consumedNanos) {
        try {
            JsonNode root = json.readTree(record.value());
            String type = header(record, "ce_type");
            JsonNode data = root;
            if (type == null) {
                type = root.path("type").asText(null);
                data = root.path("data");
            }
            if (type == null || data.isMissingNode()) {
                return new Decision.Other("no CloudEvents type or data");
            }
            return switch (type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type) {
                case "offer.created" -> new Decision.Created(new OfferSeen(
                        data.path("decisionId").asText(), poolOf(record, data), data.path("callId").asText(),
                        data.path("agentId").asText(), instant(data.path("reservationDeadline")), consumedNanos));
                case "offer.rescinded" -> new Decision.Rescinded(data.path("decisionId").asText(),
                        data.path("callId").asText(), data.path("agentId").asText(), data.path("reason").asText(""));
                // Attune set an agent away after an unanswered offer (its rescind came first): a notice, not an error
                case "agent.set-away" -> new Decision.SetAway(data.path("agentId").asText(),
                        data.path("decisionId").asText());
                default -> new Decision.Other(type);
            };
        } catch (IOException e) {
            return new Decision.Other("unreadable JSON: " + e.getMessage());
        }
    }

    /** What the router said. */
    public sealed interface Decision {
        record Created(OfferSeen offer) implements Decision {
        }

        record Rescinded(String decisionId, String callId, String agentId, String reason) implements Decision {
        }

        record SetAway(String agentId, String decisionId) implements Decision {
        }

        record Other(String what) implements Decision {
        }
    }

    private ObjectNode data(String poolId) {
        ObjectNode data = json.createObjectNode();
        data.put("poolId", poolId);
        return data;
    }

    private ProducerRecord<String, byte[]> record(String topic, String type, String poolId, String subject, Instant at,
            ObjectNode data) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", SOURCE);
        envelope.put("type", TYPE_PREFIX + type);
        envelope.put("subject", subject);
        envelope.put("time", at.toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", SCHEMAS + type + "/v1.json");
        envelope.set("data", data);
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, poolId, json.writeValueAsBytes(envelope));
            record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return record;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a " + type + " event", e);
        }
    }

    private static String poolOf(ConsumerRecord<String, byte[]> record, JsonNode data) {
        String pool = data.path("poolId").asText(null);
        return pool != null ? pool : record.key();
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
