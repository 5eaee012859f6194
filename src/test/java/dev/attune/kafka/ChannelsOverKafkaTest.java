package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Channels end to end through the broker: a chatting agent with a spare chat slot gets the next chat while
 * on another chat, a voice call waits for a voice slot instead, and a chat in a pool where nobody takes chats
 * is refused (call.unroutable, NO_CHANNEL) rather than left waiting.
 */
@QuarkusTest
class ChannelsOverKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("channels");

    @AfterEach
    void close() {
        acd.close();
    }

    private JsonNode offerFor(String callId) {
        return acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
    }

    private void accept(JsonNode offer) {
        acd.send(EventType.OFFER_ACCEPTED, SampleEvents.data(EventType.OFFER_ACCEPTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", offer.path("callId").asText())
                .put("agentId", offer.path("agentId").asText()));
    }

    private String arrive(String callId, String channel) {
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", acd.pool() + callId)
                .put("productCode", "GENERAL").put("language", "en").put("channel", channel).putNull("lastAgentId"));
        return acd.pool() + callId;
    }

    @Test
    void aChatGoesToAChattingAgentWithSpareCapacity() {
        String chatter = acd.agent("chatter");
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", chatter);
        profile.putObject("skills").put("GENERAL", 3);
        profile.putObject("capacity").put("CHAT", 2);
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", chatter).put("state", "AVAILABLE").putNull("expectedFreeAt"));

        JsonNode first = offerFor(arrive("-chat-1", "CHAT"));
        assertEquals(chatter, first.path("agentId").asText());
        accept(first);

        String voice = arrive("-voice-1", "VOICE");
        JsonNode second = offerFor(arrive("-chat-2", "CHAT"));
        assertEquals(chatter, second.path("agentId").asText(), "one chat in progress, one chat slot spare");
        assertTrue(second.path("rulesChecked").toString().contains("Agent capacity: 1 of 2 CHAT calls in progress"),
                second::toString);
        acd.poll();
        assertTrue(acd.decisions().stream().noneMatch(e -> e.path("data").path("callId").asText().equals(voice)),
                "the chatter takes no voice calls, so the voice call gets no offer");
    }

    @Test
    void aChatInAPoolWhereNobodyTakesChatsIsRefusedNotLeftWaiting() {
        acd.availableAgent("voice-only");
        String chat = arrive("-chat-nobody", "CHAT");
        JsonNode refused = acd.awaitDecision(e -> e.path("type").asText().equals(EventType.CALL_UNROUTABLE.type())
                && e.path("data").path("callId").asText().equals(chat), WAIT).path("data");
        new EventSchemas().validate(EventType.CALL_UNROUTABLE, 1, refused);
        assertEquals("NO_CHANNEL", refused.path("reason").asText());
        assertEquals("Agent capacity: no agent with GENERAL who speaks en takes CHAT calls",
                refused.path("rule").asText());
    }
}
