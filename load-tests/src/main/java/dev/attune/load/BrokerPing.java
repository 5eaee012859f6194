package dev.attune.load;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The broker's own floor, measured in the same run: 500-byte records on a side topic, produced with the
 * same settings as the ACD's records and consumed by a plain consumer, one produce-to-consume hop each.
 * A decision needs two hops (arrival in, offer out); whatever the service adds sits above twice this.
 */
public final class BrokerPing implements AutoCloseable {
    public static final String TOPIC = "load.ping";
    private static final int RECORD_BYTES = 500;

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
    private final Thread sender;
    private final Thread receiver;
    private final long periodNanos;
    private volatile boolean running = true;

    public BrokerPing(String bootstrapServers, double pingsPerSecond) {
        this.producer = KafkaClients.producer(bootstrapServers, "attune-load-ping");
        this.consumer = KafkaClients.assignedConsumer(bootstrapServers, "attune-load-ping", List.of(TOPIC));
        this.periodNanos = Math.round(1e9 / pingsPerSecond);
        this.receiver = new Thread(this::receive, "broker-ping-receiver");
        this.sender = new Thread(this::send, "broker-ping-sender");
        receiver.setDaemon(true);
        sender.setDaemon(true);
        receiver.start();
        sender.start();
    }

    private void send() {
        byte[] payload = new byte[RECORD_BYTES];
        long next = System.nanoTime();
        while (running) {
            ByteBuffer.wrap(payload).putLong(System.nanoTime());
            producer.send(new ProducerRecord<>(TOPIC, "ping", payload.clone()));
            next += periodNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                LockSupport.parkNanos(sleep);
            } else {
                next = System.nanoTime();
            }
        }
    }

    private void receive() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(200));
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    long sentAt = ByteBuffer.wrap(record.value()).getLong();
                    recorder.recordValue(Math.max(0, (now - sentAt) / 1_000));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke us
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** One-hop latencies in microseconds since the previous call. */
    public Histogram interval() {
        return recorder.getIntervalHistogram();
    }

    /** Drops whatever was recorded so far (start-up, warm-up). */
    public void reset() {
        recorder.reset();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sender.join(2_000);
        consumer.wakeup();
        receiver.join(5_000);
        producer.close(Duration.ofSeconds(2));
    }
}
