package dev.attune.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.Call;
import dev.attune.core.engine.event.AgentStateChanged;
import dev.attune.core.engine.event.CallAbandoned;
import dev.attune.core.engine.event.CallArrived;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.core.engine.event.OfferRejected;
import dev.attune.core.engine.event.OfferTimedOut;
import dev.attune.core.engine.event.RoutingEvent;
import java.net.URI;

/**
 * The input record an ACD would have sent for a routing event that reached the service over REST: a
 * structured CloudEvent of the event's type, version 1 of its data schema, so the intake and a restart's
 * replay read it exactly as they read the ACD's own records ({@link InboundMapping} the other way round).
 */
final class InputRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InputRecords() {
    }

    /** The event type a REST routing event is written as; other events do not come over REST. */
    static EventType typeOf(RoutingEvent event) {
        if (event instanceof CallArrived) {
            return EventType.CALL_ARRIVED;
        } else if (event instanceof CallAbandoned) {
            return EventType.CALL_ABANDONED;
        } else if (event instanceof AgentStateChanged) {
            return EventType.AGENT_STATE_CHANGED;
        } else if (event instanceof OfferAccepted) {
            return EventType.OFFER_ACCEPTED;
        } else if (event instanceof OfferRejected) {
            return EventType.OFFER_REJECTED;
        } else if (event instanceof OfferTimedOut) {
            return EventType.OFFER_TIMED_OUT;
        }
        throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not written for REST");
    }

    static byte[] envelope(RoutingEvent event, URI source, String id) {
        EventType type = typeOf(event);
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source.toString())
                .put("type", type.type())
                .put("time", event.at().toString())
                .put("datacontenttype", "application/json")
                .put("dataschema", EventSchemas.dataSchema(type, 1).toString());
        envelope.set("data", data(event).put("poolId", event.poolId()));
        try {
            return JSON.writeValueAsBytes(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an event tree always serialises", e);
        }
    }

    private static ObjectNode data(RoutingEvent event) {
        ObjectNode d = JSON.createObjectNode();
        if (event instanceof CallArrived arrived) {
            Call c = arrived.call();
            d.put("callId", c.id()).put("customerId", c.customerId()).put("productCode", c.productCode())
                    .put("language", c.language()).put("priority", c.priority()).put("vulnerable", c.vulnerable())
                    .put("amountAtStake", c.amountAtStake()).put("lifeEvent", c.lifeEvent())
                    .put("lastAgentId", c.lastAgentId()).put("channel", c.channel().name());
            // A call forwarded to the pool's owner keeps its segment for the fairness audit.
            if (!arrived.segments().isEmpty()) {
                arrived.segments().forEach(d.putObject("segments")::put);
            }
        } else if (event instanceof CallAbandoned abandoned) {
            d.put("callId", abandoned.callId());
        } else if (event instanceof AgentStateChanged changed) {
            d.put("agentId", changed.agentId()).put("state", changed.state().name())
                    .put("expectedFreeAt", changed.expectedFreeAt() == null ? null : changed.expectedFreeAt().toString());
        } else if (event instanceof OfferAccepted a) {
            d.put("decisionId", a.decisionId()).put("callId", a.callId()).put("agentId", a.agentId());
        } else if (event instanceof OfferRejected r) {
            d.put("decisionId", r.decisionId()).put("callId", r.callId()).put("agentId", r.agentId())
                    .put("reason", r.reason());
        } else if (event instanceof OfferTimedOut t) {
            d.put("decisionId", t.decisionId()).put("callId", t.callId()).put("agentId", t.agentId());
        }
        return d;
    }
}
