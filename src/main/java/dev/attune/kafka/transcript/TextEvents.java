package dev.attune.kafka.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.attune.kafka.EventSchemas;
import dev.attune.kafka.EventType;
import dev.attune.text.CallDirectory.CallAttributes;
import dev.attune.text.TextReading;
import dev.attune.text.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

/**
 * The ordinary events the estimator publishes, as any analytics feed or ACD would send them: an
 * emotion.estimated per caller utterance and a call.updated when the caller's words name a product.
 * Their ids derive from the utterance's, so a transcript read twice publishes the same ids and the
 * router drops the repeat. They carry numbers and codes, never text. Written straight to bytes (no tree per
 * event): one is written for every caller utterance.
 */
public final class TextEvents {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String EMOTION_SCHEMA = EventSchemas.dataSchema(EventType.EMOTION_ESTIMATED, 1).toString();
    private static final String CALL_SCHEMA = EventSchemas.dataSchema(EventType.CALL_UPDATED, 1).toString();
    private final String source;

    public TextEvents(URI source) {
        this.source = source.toString();
    }

    public byte[] emotion(Utterance utterance, TextReading reading) {
        return write(EventType.EMOTION_ESTIMATED, EMOTION_SCHEMA, utterance.eventId() + "/emotion", utterance.callId(),
                utterance.said(), data -> {
                    data.writeStringField("poolId", utterance.poolId());
                    data.writeStringField("callId", utterance.callId());
                    data.writeNumberField("anxiety", round(reading.anxiety()));
                    data.writeNumberField("frustration", round(reading.frustration()));
                    data.writeNumberField("anger", round(reading.anger()));
                    data.writeNumberField("confusion", round(reading.confusion()));
                    data.writeNumberField("valence", round(reading.valence()));
                    data.writeNumberField("arousal", round(reading.arousal()));
                    data.writeNumberField("confidence", round(reading.confidence()));
                });
    }

    public byte[] product(Utterance utterance, CallAttributes call) {
        return write(EventType.CALL_UPDATED, CALL_SCHEMA, utterance.eventId() + "/intent", call.callId(),
                utterance.said(), data -> {
                    data.writeStringField("poolId", call.poolId());
                    data.writeStringField("callId", call.callId());
                    data.writeStringField("productCode", call.productCode());
                    data.writeStringField("language", call.language());
                    data.writeNumberField("priority", call.priority());
                    data.writeBooleanField("vulnerable", call.vulnerable());
                    data.writeNumberField("amountAtStake", call.amountAtStake());
                    data.writeStringField("lifeEvent", call.lifeEvent());
                });
    }

    private interface Data {
        void write(JsonGenerator data) throws IOException;
    }

    private byte[] write(EventType type, String dataSchema, String id, String subject, Instant time, Data data) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(512);
        try (JsonGenerator event = JSON.createGenerator(bytes)) {
            event.writeStartObject();
            event.writeStringField("specversion", "1.0");
            event.writeStringField("id", id);
            event.writeStringField("source", source);
            event.writeStringField("type", type.type());
            event.writeStringField("time", time.toString());
            event.writeStringField("subject", subject);
            event.writeStringField("datacontenttype", "application/json");
            event.writeStringField("dataschema", dataSchema);
            event.writeObjectFieldStart("data");
            data.write(event);
            event.writeEndObject();
            event.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an event in memory", e);
        }
        return bytes.toByteArray();
    }

    /** Four decimals are more than the model's precision and keep events short. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
