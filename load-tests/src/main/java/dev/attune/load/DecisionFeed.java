package dev.attune.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;

/**
 * The ACD's ear: reads routing.decisions (and routing.dead-letter, to count what the service refused)
 * from the end of every partition, stamps each record with the moment it left the consumer's poll, and
 * hands offers to the ledger and the player.
 */
public final class DecisionFeed implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final AcdWire wire;
    private final CallLedger ledger;
    private final AcdPlayer player;
    private final Thread thread;
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong otherDecisions = new AtomicLong();
    private final AtomicLong rescinds = new AtomicLong();
    private final AtomicLong setAways = new AtomicLong();
    private final AtomicLong foreignDecisions = new AtomicLong();
    private final List<String> deadLetterReasons = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    public DecisionFeed(String bootstrapServers, AcdWire wire, CallLedger ledger, AcdPlayer player) {
        this.wire = wire;
        this.ledger = ledger;
        this.player = player;
        this.consumer = KafkaClients.assignedConsumer(bootstrapServers, "attune-load-decisions",
                List.of(AcdWire.DECISIONS, AcdWire.DEAD_LETTER));
        this.thread = new Thread(this::loop, "acd-decision-feed");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                long consumedNanos = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.topic().equals(AcdWire.DEAD_LETTER)) {
                        deadLetter(record);
                    } else {
                        decision(record, consumedNanos);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke us
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void decision(ConsumerRecord<String, byte[]> record, long consumedNanos) {
        AcdWire.Decision decision = wire.decision(record, consumedNanos);
        String callId = decision instanceof AcdWire.Decision.Created created ? created.offer().callId()
                : decision instanceof AcdWire.Decision.Rescinded rescinded ? rescinded.callId() : null;
        if (callId != null && !player.placed(callId)) {
            foreignDecisions.incrementAndGet();
            return;
        }
        if (decision instanceof AcdWire.Decision.Created created) {
            CallLedger.Verdict verdict = ledger.offered(created.offer());
            player.offered(created.offer(), verdict);
        } else if (decision instanceof AcdWire.Decision.Rescinded rescinded) {
            rescinds.incrementAndGet();
            player.rescinded(rescinded.decisionId(), rescinded.callId(), rescinded.agentId());
        } else if (decision instanceof AcdWire.Decision.SetAway) {
            setAways.incrementAndGet();
        } else {
            otherDecisions.incrementAndGet();
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || !new String(record.value(), StandardCharsets.UTF_8).contains(AcdWire.SOURCE)) {
            foreignDecisions.incrementAndGet();
            return;
        }
        deadLetters.incrementAndGet();
        if (deadLetterReasons.size() < 5) {
            Header reason = record.headers().lastHeader("dead-letter-reason");
            Header detail = record.headers().lastHeader("dead-letter-detail");
            String text = reason == null ? "(no dead-letter-reason header)"
                    : new String(reason.value(), StandardCharsets.UTF_8)
                    + (detail == null ? "" : ": " + new String(detail.value(), StandardCharsets.UTF_8));
            deadLetterReasons.add(text);
        }
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** Decision records that were neither offer.created nor offer.rescinded. */
    public long otherDecisions() {
        return otherDecisions.get();
    }

    /** Decisions and dead letters about another producer's records on the same broker: not ours to judge. */
    public long foreignDecisions() {
        return foreignDecisions.get();
    }

    /** Agents Attune set away after an unanswered offer (each follows a rescind). */
    public long setAways() {
        return setAways.get();
    }

    public long rescinds() {
        return rescinds.get();
    }

    /** The first few dead-letter reasons, to say why the service refused our records. */
    public List<String> deadLetterReasons() {
        return List.copyOf(deadLetterReasons);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
