package dev.attune.kafka.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.text.CallDirectory.CallAttributes;
import dev.attune.text.TextReading;
import dev.attune.text.Utterance;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The events written straight to bytes are the contract's CloudEvents, field for field. */
class TextEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextEvents EVENTS = new TextEvents(URI.create("urn:attune:text"));
    private static final Utterance SAID = new Utterance("u-1", "retail-east", "c-9", Utterance.Speaker.CALLER, 1200,
            "never copied", "en", Instant.parse("2026-12-06T03:00:00.250Z"));

    @Test
    void anEmotionEstimateCarriesTheRoundedReading() throws Exception {
        TextReading reading = new TextReading(0.123456, 0.5, 0.99999, 0, -0.333333, 0.25, 0.7, "card_arrival", 0.9);
        assertEquals(JSON.readTree("""
                {"specversion":"1.0","id":"u-1/emotion","source":"urn:attune:text","type":"dev.attune.emotion.estimated",
                 "time":"2026-12-06T03:00:00.250Z","subject":"c-9","datacontenttype":"application/json",
                 "dataschema":"https://attune.dev/schemas/events/emotion.estimated/v1.json",
                 "data":{"poolId":"retail-east","callId":"c-9","anxiety":0.1235,"frustration":0.5,"anger":1.0,
                 "confusion":0.0,"valence":-0.3333,"arousal":0.25,"confidence":0.7}}"""),
                JSON.readTree(EVENTS.emotion(SAID, reading)));
    }

    @Test
    void aProductChangeCarriesTheCallsOtherAttributesAndANullLifeEvent() throws Exception {
        CallAttributes call = new CallAttributes("retail-east", "c-9", "CARD_SERVICES", "en", 3, true, 250.5, null);
        assertEquals(JSON.readTree("""
                {"specversion":"1.0","id":"u-1/intent","source":"urn:attune:text","type":"dev.attune.call.updated",
                 "time":"2026-12-06T03:00:00.250Z","subject":"c-9","datacontenttype":"application/json",
                 "dataschema":"https://attune.dev/schemas/events/call.updated/v1.json",
                 "data":{"poolId":"retail-east","callId":"c-9","productCode":"CARD_SERVICES","language":"en",
                 "priority":3,"vulnerable":true,"amountAtStake":250.5,"lifeEvent":null}}"""),
                JSON.readTree(EVENTS.product(SAID, call)));
    }
}
