package dev.attune.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.Decoded;
import dev.attune.kafka.EventSchemas;
import dev.attune.kafka.EventType;
import dev.attune.kafka.InboundDecoder;
import dev.attune.kafka.InboundRecord;
import dev.attune.kafka.SampleEvents;
import dev.attune.kafka.TopicNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What decoding one input record costs the intake and a history read (bytes and headers to an engine event:
 * envelope, schema, mapping), on one thread, in both CloudEvents modes, for the rebuild's record mix (an
 * arrival, two emotion estimates, an abandonment and an agent state change). Prints one table, medians of
 * the repeats. It uses only the decoder's public API, so the same class runs against an older build.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.bench.DecodeBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="--records 200000 --repeats 5"
 * </pre>
 */
public final class DecodeBenchmark {
    private static final TopicNames TOPICS = TopicNames.defaults();
    private static final List<EventType> MIX = List.of(EventType.CALL_ARRIVED, EventType.EMOTION_ESTIMATED,
            EventType.EMOTION_ESTIMATED, EventType.CALL_ABANDONED, EventType.AGENT_STATE_CHANGED);

    private DecodeBenchmark() {
    }

    public static void main(String[] args) {
        KnownOptions.require(args, "usage: DecodeBenchmark [--records N] [--repeats N]", java.util.Set.of(),
                java.util.Set.of("--records", "--repeats"));
        int records = Integer.parseInt(KnownOptions.value(args, "--records", "200000"));
        int repeats = Integer.parseInt(KnownOptions.value(args, "--repeats", "5"));
        InboundDecoder decoder = new InboundDecoder(new EventSchemas(), TOPICS);
        List<String> rows = new ArrayList<>();
        for (boolean binary : new boolean[] {false, true}) {
            List<InboundRecord> batch = records(binary, Math.min(records, 10_000));
            double[] micros = new double[repeats];
            decodeAll(decoder, batch, records);
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                decodeAll(decoder, batch, records);
                micros[i] = (System.nanoTime() - start) / 1e3 / records;
            }
            double median = median(micros);
            rows.add(String.format("| %s | %,d | %.1f | %,.0f |", binary ? "binary" : "structured", records, median,
                    1e6 / median));
        }
        System.out.printf("%nDecoding input records on one thread, medians of %d runs%n", repeats);
        System.out.println("| mode | records per run | µs per record | records/s |");
        System.out.println("|---|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static void decodeAll(InboundDecoder decoder, List<InboundRecord> batch, int records) {
        for (int i = 0; i < records; i++) {
            if (!(decoder.decode(batch.get(i % batch.size())) instanceof Decoded.Usable)) {
                throw new IllegalStateException("a sample record was refused: " + decoder.decode(batch.get(i % batch.size())));
            }
        }
    }

    /** Distinct records of the mix (ids and times differ, as in a history), in one mode. */
    private static List<InboundRecord> records(boolean binary, int count) {
        List<InboundRecord> records = new ArrayList<>();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < count; i++) {
            EventType type = MIX.get(i % MIX.size());
            ObjectNode data = SampleEvents.data(type).put("poolId", "pool-" + i % 10);
            if (data.has("callId")) {
                data.put("callId", "call-" + i);
            }
            data.remove(List.of("lastAgentId", "expectedFreeAt"));
            Instant at = start.plusMillis(i * 137L);
            ObjectNode envelope = SampleEvents.envelope(type, data).put("time", at.toString()).put("id", "e-" + i);
            RecordHeaders headers = new RecordHeaders();
            byte[] value = SampleEvents.bytes(envelope);
            if (binary) {
                SampleEvents.binaryHeaders(envelope).forEach(headers::add);
                value = SampleEvents.bytes(data);
            }
            records.add(new InboundRecord(TOPICS.name(type.topic()), i % 12, i, at, "pool-" + i % 10, value, headers));
        }
        return records;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
