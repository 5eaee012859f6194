package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * A history read decodes each poll's records on several threads: every record must come back at its own
 * place with what the decoder says of it alone, good and bad records alike; and a structured-mode record
 * must mean what its binary-mode twin means.
 */
class OrderedDecodingTest {
    private static final TopicNames TOPICS = TopicNames.defaults();
    private final InboundDecoder decoder = new InboundDecoder(new EventSchemas(), TOPICS);

    @Test
    void resultsComeBackInTheBatchOrderWithWhatEachRecordDecodesToAlone() throws Exception {
        List<InboundRecord> batch = new ArrayList<>();
        List<EventType> inbound = Arrays.stream(EventType.values()).filter(EventType::inbound).toList();
        for (int i = 0; i < 3_000; i++) {
            EventType type = inbound.get(i % inbound.size());
            byte[] value = switch (i % 7) {
                case 3 -> "{\"specversion\": \"1.0\", ".getBytes(StandardCharsets.UTF_8);
                case 5 -> SampleEvents.bytes(SampleEvents.envelope(type,
                        SampleEvents.data(type).put("poolId", SampleEvents.POOL).put("unknownField", i)));
                default -> SampleEvents.valid(type);
            };
            batch.add(new InboundRecord(TOPICS.name(type.topic()), i % 4, i, SampleEvents.TIME, SampleEvents.POOL,
                    value, new RecordHeaders()));
        }
        Decoded[] together;
        try (OrderedDecoding decoding = new OrderedDecoding(decoder, 3)) {
            together = decoding.decode(batch);
        }
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(decoder.decode(batch.get(i)).toString(), together[i].toString(), "record " + i);
        }
    }

    @Test
    void aStructuredRecordMeansWhatItsBinaryTwinMeans() {
        for (EventType type : EventType.values()) {
            if (!type.inbound()) {
                continue;
            }
            ObjectNode envelope = SampleEvents.envelope(type, SampleEvents.data(type));
            InboundRecord structured = new InboundRecord(TOPICS.name(type.topic()), 0, 1, SampleEvents.TIME,
                    SampleEvents.POOL, SampleEvents.bytes(envelope), new RecordHeaders());
            RecordHeaders headers = new RecordHeaders();
            SampleEvents.binaryHeaders(envelope).forEach(headers::add);
            InboundRecord binary = new InboundRecord(structured.topic(), 0, 1, SampleEvents.TIME, SampleEvents.POOL,
                    SampleEvents.bytes((ObjectNode) envelope.get("data")), headers);
            assertEquals(decoder.decode(binary).toString(), decoder.decode(structured).toString(), type.type());
        }
    }
}
