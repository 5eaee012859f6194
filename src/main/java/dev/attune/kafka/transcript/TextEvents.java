package dev.attune.kafka.transcript;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.EventSchemas;
import dev.attune.kafka.EventType;
import dev.attune.text.CallDirectory.CallAttributes;
import dev.attune.text.CallDirectory;
import dev.attune.text.TextReading;
import dev.attune.text.Utterance;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The ordinary events the estimator publishes, as any analytics feed or ACD would send them: an
 * emotion.estimated per caller utterance and a call.updated when the caller's words name a product.
 * Their ids derive from the utterance's, so a transcript read twice publishes the same ids and the
 * router drops the repeat. They carry numbers and codes, never text.
 */
public final class TextEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI source;

    public TextEvents(URI source) {
        this.source = source;
    }

    public byte[] emotion(Utterance utterance, TextReading reading) {
        ObjectNode data = JSON.createObjectNode()
                .put("poolId", utterance.poolId())
                .put("callId", utterance.callId())
                .put("anxiety", round(reading.anxiety()))
                .put("frustration", round(reading.frustration()))
                .put("anger", round(reading.anger()))
                .put("confusion", round(reading.confusion()))
                .put("valence", round(reading.valence()))
                .put("arousal", round(reading.arousal()))
                .put("confidence", round(reading.confidence()));
        return envelope(EventType.EMOTION_ESTIMATED, utterance.eventId() + "/emotion", utterance.callId(),
                utterance.said(), data);
    }

    public byte[] product(Utterance utterance, CallAttributes call) {
        ObjectNode data = JSON.createObjectNode()
                .put("poolId", call.poolId())
                .put("callId", call.callId())
                .put("productCode", call.productCode())
                .put("language", call.language())
                .put("priority", call.priority())
                .put("vulnerable", call.vulnerable())
                .put("amountAtStake", call.amountAtStake());
        if (call.lifeEvent() == null) {
            data.putNull("lifeEvent");
        } else {
            data.put("lifeEvent", call.lifeEvent());
        }
        return envelope(EventType.CALL_UPDATED, utterance.eventId() + "/intent", call.callId(), utterance.said(), data);
    }

    private byte[] envelope(EventType type, String id, String subject, Instant time, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source.toString())
                .put("type", type.type())
                .put("time", time.toString())
                .put("subject", subject)
                .put("datacontenttype", "application/json")
                .put("dataschema", EventSchemas.dataSchema(type, 1).toString());
        event.set("data", data);
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Four decimals are more than the model's precision and keep events short. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
