package dev.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A longest-idle router in a few lines, speaking the same topics as the service, so the load generator's
 * bookkeeping can be checked against a router whose faults we choose: it can offer every n-th call twice
 * or never offer it at all. It also stands in for the service when {@link RigFloor} measures what the rig alone
 * costs: it reads every input topic the service reads (emotion estimates too, which it ignores), so the broker
 * serves it the same records.
 */
final class StubRouter implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final Thread thread;
    private final int duplicateEvery;
    private final int dropEvery;
    private final Set<String> free = new LinkedHashSet<>();
    private final Deque<String> waiting = new ArrayDeque<>();
    private final Map<String, Set<String>> excluded = new HashMap<>();
    private final Map<String, String> poolOfCall = new HashMap<>();
    private int calls;
    private int offers;
    private volatile boolean running = true;

    StubRouter(String bootstrapServers, int duplicateEvery, int dropEvery) {
        this.duplicateEvery = duplicateEvery;
        this.dropEvery = dropEvery;
        this.consumer = KafkaClients.assignedConsumer(bootstrapServers, "stub-router",
                List.of(AcdWire.CALLS, AcdWire.AGENTS, AcdWire.EMOTIONS));
        this.producer = KafkaClients.producer(bootstrapServers, "stub-router");
        this.thread = new Thread(this::loop, "stub-router");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    apply(json.readTree(record.value()));
                }
                match();
            }
        } catch (WakeupException stopping) {
            // closed
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            consumer.close();
        }
    }

    private void apply(JsonNode event) {
        JsonNode data = event.path("data");
        String callId = data.path("callId").asText();
        switch (event.path("type").asText().replace("dev.attune.", "")) {
            case "agent.state-changed" -> {
                if (data.path("state").asText().equals("AVAILABLE")) {
                    free.add(data.path("agentId").asText());
                } else {
                    free.remove(data.path("agentId").asText());
                }
            }
            case "call.arrived" -> {
                calls++;
                poolOfCall.put(callId, data.path("poolId").asText());
                if (dropEvery == 0 || calls % dropEvery != 0) {
                    waiting.addLast(callId);
                }
            }
            case "offer.rejected", "offer.timed-out" -> {
                excluded.computeIfAbsent(callId, c -> new HashSet<>()).add(data.path("agentId").asText());
                waiting.addFirst(callId);
            }
            default -> {
            }
        }
    }

    private void match() {
        while (!waiting.isEmpty()) {
            String callId = waiting.peekFirst();
            Set<String> notThese = excluded.getOrDefault(callId, Set.of());
            String agent = free.stream().filter(a -> !notThese.contains(a)).findFirst().orElse(null);
            if (agent == null) {
                return;
            }
            waiting.pollFirst();
            free.remove(agent);
            offer(callId, agent);
            if (duplicateEvery > 0 && ++offers % duplicateEvery == 0) {
                offer(callId, agent);
            }
        }
    }

    private void offer(String callId, String agentId) {
        ObjectNode data = json.createObjectNode();
        data.put("decisionId", UUID.randomUUID().toString());
        data.put("poolId", poolOfCall.get(callId));
        data.put("callId", callId);
        data.put("agentId", agentId);
        data.put("reservationDeadline", Instant.now().plusSeconds(15).toString());
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", "dev.attune.offer.created");
        envelope.put("source", "urn:attune:stub-router");
        envelope.set("data", data);
        try {
            producer.send(new ProducerRecord<>(AcdWire.DECISIONS, poolOfCall.get(callId), json.writeValueAsBytes(envelope)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
        producer.close();
    }
}
