package dev.attune.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * A contact-centre floor played continuously over the real broker, as an ACD and its analytics feed would: callers
 * arrive (each with its emotion estimate) while fewer than a given number are waiting or talking, every offer
 * Attune publishes on routing.decisions is answered as it comes, each answered call ends after a short handle time
 * with the outcome the floor's hidden truth gives it, and the agent is made available again. Nothing waits for a
 * round of offers: the router may hold a caller back (the empathy reserve, a better agent about to free up), and
 * the floor simply keeps going until every caller's call has ended.
 */
public final class AcdFloor {
    private static final Duration HANDLE_TIME = Duration.ofMillis(200);

    /** A caller: distress in [0,1] as analytics reads it, segments as the ACD knows them. */
    public record Caller(String callId, String productCode, String language, double distress,
            Map<String, String> segments) {
    }

    /** How an answered call ended: the outcome, the CSAT (or null) and the caller's distress at the end. */
    public record Ending(String outcome, Integer csat, double distressAtEnd) {
    }

    /** The floor's hidden truth: how a call ends with the agent who answered it. */
    @FunctionalInterface
    public interface Truth {
        Ending of(Caller caller, String agentId);
    }

    private record Answer(String agentId, Instant endsAt) {
    }

    private final AcdSimulator acd;
    private final Truth truth;
    private final Map<String, Caller> talking = new LinkedHashMap<>();
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, String> answeredBy = new LinkedHashMap<>();
    private int decisionsRead;

    public AcdFloor(AcdSimulator acd, Truth truth) {
        this.acd = acd;
        this.truth = truth;
    }

    /** Makes the agents available (their profiles are already known to Attune). */
    public void available(List<String> agentIds) {
        agentIds.forEach(this::available);
    }

    /**
     * Plays the callers in order, at most {@code inFlight} waiting or on a call at once, until every call has ended;
     * returns the answering agent of each caller.
     */
    public Map<String, String> play(List<Caller> callers, int inFlight, Duration timeout) {
        Deque<Caller> queue = new ArrayDeque<>(callers);
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> {
            while (!queue.isEmpty() && talking.size() < inFlight) {
                arrive(queue.poll());
            }
            answerOffers();
            endCalls();
            return queue.isEmpty() && talking.isEmpty();
        });
        return Map.copyOf(answeredBy);
    }

    private void answerOffers() {
        List<ConsumerRecord<String, byte[]>> records = acd.decisionRecords();
        for (; decisionsRead < records.size(); decisionsRead++) {
            JsonNode event = AcdSimulator.event(records.get(decisionsRead));
            JsonNode offer = event.path("data");
            String callId = offer.path("callId").asText();
            if (!event.path("type").asText().equals("dev.attune.offer.created") || !talking.containsKey(callId)) {
                continue;
            }
            // A newer offer for the same call (the first was rescinded) replaces the answer.
            String agent = offer.path("agentId").asText();
            acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                    .put("decisionId", offer.path("decisionId").asText()).put("callId", callId).put("agentId", agent));
            answers.put(callId, new Answer(agent, Instant.now().plus(HANDLE_TIME)));
        }
    }

    private void endCalls() {
        Instant now = Instant.now();
        for (Map.Entry<String, Answer> answer : List.copyOf(answers.entrySet())) {
            if (answer.getValue().endsAt().isAfter(now)) {
                continue;
            }
            Caller caller = talking.remove(answer.getKey());
            String agent = answer.getValue().agentId();
            answers.remove(answer.getKey());
            answeredBy.put(caller.callId(), agent);
            end(caller, agent, truth.of(caller, agent));
            available(agent);
        }
    }

    private void available(String agent) {
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", agent).put("state", "AVAILABLE").putNull("expectedFreeAt"));
    }

    private void arrive(Caller caller) {
        ObjectNode call = SampleEvents.data(EventType.CALL_ARRIVED).put("callId", caller.callId())
                .put("productCode", caller.productCode()).put("language", caller.language()).put("priority", 0)
                .put("vulnerable", false).put("amountAtStake", 0).putNull("lifeEvent").putNull("lastAgentId");
        call.remove("customerId");
        if (!caller.segments().isEmpty()) {
            ObjectNode segments = call.putObject("segments");
            caller.segments().forEach(segments::put);
        }
        talking.put(caller.callId(), caller);
        acd.send(EventType.CALL_ARRIVED, call);
        acd.send(EventType.EMOTION_ESTIMATED, emotion(SampleEvents.data(EventType.EMOTION_ESTIMATED)
                .put("callId", caller.callId()), caller.distress()));
    }

    private void end(Caller caller, String agent, Ending ending) {
        ObjectNode ended = SampleEvents.data(EventType.CALL_ENDED).put("callId", caller.callId()).put("agentId", agent)
                .put("outcome", ending.outcome());
        if (ending.csat() == null) {
            ended.putNull("csat");
        } else {
            ended.put("csat", ending.csat());
        }
        emotion((ObjectNode) ended.get("emotionAtEnd"), ending.distressAtEnd())
                .put("estimatedAt", Instant.now().toString());
        acd.send(EventType.CALL_ENDED, ended);
    }

    /** An estimate whose distress reads as {@code distress}: every negative emotion at that level. */
    private static ObjectNode emotion(ObjectNode d, double distress) {
        return d.put("anxiety", distress).put("frustration", distress).put("anger", distress / 2)
                .put("confusion", distress / 2).put("valence", -distress).put("arousal", distress)
                .put("confidence", 0.9);
    }
}
