package dev.attune.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingDirective.AgentSetAway;
import dev.attune.core.engine.RoutingDirective.CallUnroutable;
import dev.attune.core.engine.RoutingDirective.OfferCreated;
import dev.attune.core.engine.RoutingDirective.OfferRescinded;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.DecisionPath;
import dev.attune.service.Replayed;
import dev.attune.kafka.tracing.TraceParent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;

/**
 * Turns the engine's directives into the CloudEvents Attune publishes on routing.decisions, and reads them back.
 * Ids are derived from the decision id, so a consumer can drop a re-published decision as a duplicate.
 */
public final class DecisionEvents {
    /** Extension: the id of the input event that led to this decision (absent for timer-driven ones). */
    public static final String CAUSATION_ID = "causationid";
    /** CloudEvents partitioning extension: the routing pool, which is also the record key. */
    public static final String PARTITION_KEY = "partitionkey";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final JsonFormat format = new JsonFormat();
    private final URI source;

    public DecisionEvents(URI source) {
        this.source = source;
    }

    /**
     * @param at          when the directive was issued (a rescind's own time; an offer uses its createdAt)
     * @param causationId the input event's id, or null when a timer made the decision
     */
    public byte[] encode(RoutingDirective directive, Instant at, String causationId) {
        return encode(directive, at, causationId, null);
    }

    /** @param traceparent the W3C trace context the event carries as its traceparent extension; null for none */
    public byte[] encode(RoutingDirective directive, Instant at, String causationId, String traceparent) {
        return format.serialize(toCloudEvent(directive, at, causationId, traceparent));
    }

    public CloudEvent toCloudEvent(RoutingDirective directive, Instant at, String causationId, String traceparent) {
        Offer offer = directive.offer();
        EventType type;
        Instant time;
        ObjectNode data;
        if (directive instanceof OfferCreated) {
            type = EventType.OFFER_CREATED;
            time = offer.createdAt();
            data = created(offer);
        } else if (directive instanceof OfferRescinded rescinded) {
            type = EventType.OFFER_RESCINDED;
            time = at;
            data = rescinded(offer, rescinded.reason());
        } else if (directive instanceof AgentSetAway away) {
            type = EventType.AGENT_SET_AWAY;
            time = away.at();
            data = NoticeData.setAway(json.createObjectNode(), away);
        } else {
            CallUnroutable refused = (CallUnroutable) directive;
            type = EventType.CALL_UNROUTABLE;
            time = refused.at();
            data = NoticeData.unroutable(json.createObjectNode(), refused);
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(directive.eventId())
                .withSource(source)
                .withType(type.type())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withSubject(directive instanceof AgentSetAway ? directive.agentId() : directive.callId())
                .withExtension(PARTITION_KEY, directive.poolId())
                .withData("application/json", EventSchemas.dataSchema(type, 1), JsonCloudEventData.wrap(data));
        if (causationId != null) {
            builder.withExtension(CAUSATION_ID, causationId);
        }
        if (traceparent != null) {
            builder.withExtension(TraceParent.EXTENSION, traceparent);
        }
        return builder.build();
    }

    /**
     * Reads a published decision back, for a restart's replay. Empty for a record that is not one of ours
     * (nothing Attune would act on).
     *
     * @param headers the record's headers (a binary-mode decision has its attributes there)
     * @param at      the record's timestamp
     */
    public Optional<Replayed> read(Headers headers, byte[] value, Instant at) {
        try {
            JsonNode event = CloudEventRecords.tree(headers, value, json);
            if (event == null) {
                return Optional.empty();
            }
            JsonNode d = event.path("data");
            String type = event.path("type").asText();
            if (type.equals(EventType.OFFER_CREATED.type())) {
                return Optional.of(new Replayed.Offered(offer(d), at));
            }
            if (type.equals(EventType.OFFER_RESCINDED.type())) {
                return Optional.of(new Replayed.Rescinded(d.path("poolId").asText(), d.path("decisionId").asText(),
                        d.path("callId").asText(), at));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Offer offer(JsonNode d) {
        JsonNode care = d.path("careNeed");
        CareNeed careNeed = care.isObject()
                ? new CareNeed(care.path("value").asDouble(), care.path("distress").asDouble(), care.path("stakes").asDouble())
                : null;
        List<ConstraintContribution> contributions = new ArrayList<>();
        d.path("contributions").forEach(c -> contributions.add(new ConstraintContribution(
                c.path("constraint").asText(), c.path("level").asText(), c.path("score").asLong())));
        List<String> reasons = new ArrayList<>();
        d.path("reasons").forEach(r -> reasons.add(r.asText()));
        List<String> alternatives = new ArrayList<>();
        d.path("alternativeAgentIds").forEach(a -> alternatives.add(a.asText()));
        Explanation explanation = new Explanation(contributions, reasons, d.path("whisper").asText(), careNeed,
                alternatives, strings(d.path("rulesChecked")), strings(d.path("passedOver")));
        return new Offer(d.path("decisionId").asText(), d.path("poolId").asText(), d.path("callId").asText(),
                d.path("agentId").asText(), Instant.parse(d.path("createdAt").asText()),
                Instant.parse(d.path("reservationDeadline").asText()), d.path("score").asLong(),
                DecisionPath.valueOf(d.path("path").asText()), explanation);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private ObjectNode created(Offer offer) {
        Explanation explanation = offer.explanation();
        ObjectNode data = identity(offer);
        data.put("createdAt", offer.createdAt().toString());
        data.put("reservationDeadline", offer.reservationDeadline().toString());
        data.put("score", offer.score());
        data.put("path", offer.path().name());
        data.put("arm", (offer.path() == DecisionPath.CONTROL ? BenchmarkArm.CONTROL : BenchmarkArm.ATTUNE).name());
        CareNeed care = explanation.careNeed();
        if (care == null) {
            data.putNull("careNeed");
        } else {
            data.putObject("careNeed")
                    .put("value", care.value())
                    .put("distress", care.distress())
                    .put("stakes", care.stakes())
                    .put("label", care.describe());
        }
        ArrayNode reasons = data.putArray("reasons");
        explanation.reasons().forEach(reasons::add);
        data.put("whisper", explanation.whisper() == null ? "" : explanation.whisper());
        ArrayNode contributions = data.putArray("contributions");
        for (ConstraintContribution c : explanation.contributions()) {
            contributions.addObject().put("constraint", c.constraint()).put("level", c.level()).put("score", c.score());
        }
        ArrayNode alternatives = data.putArray("alternativeAgentIds");
        explanation.alternativeAgentIds().forEach(alternatives::add);
        explanation.rulesChecked().forEach(data.putArray("rulesChecked")::add);
        explanation.passedOver().forEach(data.putArray("passedOver")::add);
        return data;
    }

    private ObjectNode rescinded(Offer offer, String reason) {
        ObjectNode data = identity(offer);
        data.put("reason", reason == null ? "rescinded" : reason);
        return data;
    }

    private ObjectNode identity(Offer offer) {
        ObjectNode data = json.createObjectNode();
        data.put("decisionId", offer.decisionId());
        data.put("poolId", offer.poolId());
        data.put("callId", offer.callId());
        data.put("agentId", offer.agentId());
        return data;
    }
}
