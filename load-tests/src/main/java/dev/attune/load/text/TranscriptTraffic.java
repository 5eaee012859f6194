package dev.attune.load.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.load.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A chat gateway's side of the load test: sends caller utterances to the transcript topic at a paced
 * rate, and reads analytics.emotions for the estimates the service publishes. An estimate's id is its
 * utterance's id plus "/emotion", so each one is matched to the moment its utterance was handed to the
 * producer: that difference is the utterance-to-estimate latency.
 */
final class TranscriptTraffic implements AutoCloseable {
    static final String TRANSCRIPTS = "acd.transcripts";
    static final String EMOTIONS = "analytics.emotions";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> POOLS = List.of("retail-east", "wealth-west");

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<String> texts;
    private final int calls;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLongArray sentAt;
    private final BitSet seen = new BitSet();
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicLong next = new AtomicLong();
    /** Estimates of this run's utterances received so far, of any step. */
    private long published;
    private final AtomicReference<Window> window = new AtomicReference<>();
    private final Thread reader;
    private volatile boolean running = true;

    TranscriptTraffic(String bootstrap, List<String> texts, int calls, int capacity) {
        var props = KafkaClients.base(bootstrap, "attune-load-transcripts");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.consumer = KafkaClients.assignedConsumer(bootstrap, "attune-load-estimates", List.of(EMOTIONS));
        this.texts = texts;
        this.calls = calls;
        this.sentAt = new AtomicLongArray(capacity);
        this.reader = new Thread(this::read, "transcript-load-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** What one step saw: utterances [from, to) and their estimates. */
    static final class Window {
        final long from;
        volatile long to = Long.MAX_VALUE;
        final Histogram latency = new Histogram(3_600_000_000_000L, 3);
        long received;
        long duplicates;
        long lastReceivedNanos;

        Window(long from) {
            this.from = from;
        }
    }

    /** Sends at {@code rate} for {@code seconds}; returns the step's window (still filling while estimates arrive). */
    Window send(double rate, int seconds) throws InterruptedException {
        Window w = new Window(next.get());
        window.set(w);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long sent = 0;
        while (System.nanoTime() < end && next.get() < sentAt.length()) {
            long due = (long) Math.ceil((System.nanoTime() - start) / 1e9 * rate);
            while (sent < due && next.get() < sentAt.length()) {
                sendOne(next.getAndIncrement());
                sent++;
            }
            Thread.sleep(1);
        }
        w.to = next.get();
        return w;
    }

    private void sendOne(long n) {
        int call = (int) (n % calls);
        String pool = POOLS.get(call % POOLS.size());
        ObjectNode data = JSON.createObjectNode().put("poolId", pool).put("callId", "chat-" + run + "-" + call)
                .put("speaker", "CALLER").put("offsetMillis", 1000 * (n / calls))
                .put("text", texts.get((int) (n % texts.size()))).put("language", "en");
        ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", run + "-" + n)
                .put("source", "urn:chat:load-test").put("type", "dev.attune.transcript.utterance")
                .put("time", Instant.now().toString()).put("subject", data.path("callId").asText())
                .put("dataschema", "https://attune.dev/schemas/events/transcript.utterance/v1.json");
        event.set("data", data);
        byte[] value = event.toString().getBytes(StandardCharsets.UTF_8);
        sentAt.set((int) n, System.nanoTime());
        producer.send(new ProducerRecord<>(TRANSCRIPTS, pool, value), (metadata, failure) -> {
            if (failure != null) {
                sendFailures.incrementAndGet();
            }
        });
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    long n = utteranceNumber(record.value());
                    if (n >= 0) {
                        record(n, now);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException closing) {
            // close() asked the reader to stop
        }
    }

    private synchronized void record(long n, long now) {
        published++;
        Window w = window.get();
        if (w == null || n < w.from || n >= w.to && w.to != Long.MAX_VALUE) {
            return; // an earlier step's straggler
        }
        if (seen.get((int) n)) {
            w.duplicates++;
            return;
        }
        seen.set((int) n);
        w.received++;
        w.lastReceivedNanos = now;
        w.latency.recordValue(Math.max(0, now - sentAt.get((int) n)));
    }

    /** The utterance number in an estimate of this run ("<run>-<n>/emotion"), or -1. */
    private long utteranceNumber(byte[] value) {
        try {
            String id = JSON.readTree(value).path("id").asText();
            if (!id.startsWith(run + "-") || !id.endsWith("/emotion")) {
                return -1;
            }
            return Long.parseLong(id.substring(run.length() + 1, id.length() - "/emotion".length()));
        } catch (Exception unreadable) {
            return -1;
        }
    }

    synchronized Histogram latency(Window w) {
        return w.latency.copy();
    }

    synchronized long received(Window w) {
        return w.received;
    }

    synchronized long duplicates(Window w) {
        return w.duplicates;
    }

    synchronized long lastReceivedNanos(Window w) {
        return w.lastReceivedNanos;
    }

    synchronized long published() {
        return published;
    }

    long sendFailures() {
        return sendFailures.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        reader.join(5000);
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
