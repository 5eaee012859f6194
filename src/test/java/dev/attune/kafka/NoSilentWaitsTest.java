package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.engine.PoolStatus;
import dev.attune.service.EngineHost;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No call waits in silence: a call nobody in its pool could ever take is refused with call.unroutable on
 * routing.decisions, at arrival or when the roster changes under it; an agent Attune sets away after an
 * unanswered offer is announced with agent.set-away. Through the real service, broker and database.
 */
@QuarkusTest
class NoSilentWaitsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("no-silent-waits");
    private final EventSchemas schemas = new EventSchemas();

    @Inject
    EngineHost host;

    @AfterEach
    void close() {
        acd.close();
    }

    private JsonNode awaitUnroutable(String callId) {
        JsonNode data = acd.awaitDecision(e -> e.path("type").asText().equals(EventType.CALL_UNROUTABLE.type())
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
        schemas.validate(EventType.CALL_UNROUTABLE, 1, data);
        return data;
    }

    private void sendProfile(String agentId, String skill, int level) {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agentId);
        profile.putObject("skills").put(skill, level);
        profile.putArray("languages").add("en");
        profile.putArray("licences").add("FINRA_SERIES_7");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
    }

    @Test
    void aCallToAPoolWithNoAgentsIsRefusedNotLeftWaiting() throws Exception {
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "lost-1"));
        JsonNode data = awaitUnroutable("lost-1");
        assertEquals("UNKNOWN_POOL", data.path("reason").asText());
        assertEquals(acd.pool(), data.path("poolId").asText());
        assertTrue(data.path("rule").asText().contains("has no agents"), data.toString());
        assertEquals(0, status().waitingCalls().size());
        JsonNode notice = journalled("lost-1");
        assertEquals("CALL_UNROUTABLE", notice.path("kind").asText());
        assertEquals("UNKNOWN_POOL", notice.path("reason").asText());
        assertEquals(data.path("rule").asText(), notice.path("rule").asText());
    }

    /** The call's one notice as compliance reads it from the journal (written a moment after it is published). */
    private JsonNode journalled(String callId) throws Exception {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> notices(callId).size() == 1);
        return notices(callId).get(0);
    }

    private java.util.List<JsonNode> notices(String callId) throws Exception {
        JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.restassured.RestAssured.given()
                .get("/api/v1/decisions/notices?callId=" + callId).then().statusCode(200).extract().asString());
        java.util.List<JsonNode> ours = new java.util.ArrayList<>();
        all.forEach(n -> {
            if (n.path("poolId").asText().equals(acd.pool())) {
                ours.add(n);
            }
        });
        return ours;
    }

    @Test
    void aCallNobodyHasTheSkillForNamesTheRule() {
        acd.availableAgent("generalist");
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "rollover-1"));
        JsonNode data = awaitUnroutable("rollover-1");
        assertEquals("NO_SKILL", data.path("reason").asText());
        assertEquals("Required skill: no agent has RETIREMENT at the minimum 3", data.path("rule").asText());
    }

    @Test
    void aWaitingCallIsRefusedWhenItsLastSkilledAgentLosesTheSkill() throws Exception {
        String expert = acd.agent("expert");
        sendProfile(expert, "RETIREMENT", 4); // logged out: could still take the call one day
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "stranded-1"));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> status().waitingCalls().size() == 1);
        Thread.sleep(4_000); // past the input cutoff: the call is judged, and routable
        assertEquals(1, status().waitingCalls().size(), "a qualified agent, whatever their state, keeps it waiting");
        String stranded = "attune_queue_waiting{pool=\"" + acd.pool() + "\",reason=\"NO_ELIGIBLE_AGENT_LOGGED_IN\"} 1.0";
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> io.restassured.RestAssured.given().get("/q/metrics")
                .then().statusCode(200).extract().asString().contains(stranded)); // what AttuneCallersWithNoEligibleAgent reads

        sendProfile(expert, "GENERAL", 3);
        JsonNode data = awaitUnroutable("stranded-1");
        assertEquals("NO_SKILL", data.path("reason").asText());
        assertEquals(0, status().waitingCalls().size());
    }

    @Test
    void anAgentSetAwayAfterAnUnansweredOfferIsAnnounced() throws Exception {
        String agent = acd.agent("sleepy");
        sendProfile(agent, "RETIREMENT", 4);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", "AVAILABLE").putNull("expectedFreeAt"));
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "ring-1"));
        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals(EventType.OFFER_CREATED.type()), WAIT)
                .path("data");
        acd.send(EventType.OFFER_TIMED_OUT, SampleEvents.data(EventType.OFFER_TIMED_OUT)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", "ring-1").put("agentId", agent));
        JsonNode away = acd.awaitDecision(e -> e.path("type").asText().equals(EventType.AGENT_SET_AWAY.type()), WAIT);
        schemas.validate(EventType.AGENT_SET_AWAY, 1, away.path("data"));
        assertEquals(agent, away.path("subject").asText());
        assertEquals(offer.path("decisionId").asText(), away.path("data").path("decisionId").asText());
        assertEquals(agent, away.path("data").path("agentId").asText());
        JsonNode notice = journalled("ring-1");
        assertEquals("AGENT_SET_AWAY", notice.path("kind").asText());
        assertEquals(agent, notice.path("agentId").asText());
        assertEquals(offer.path("decisionId").asText(), notice.path("decisionId").asText());
    }

    private PoolStatus status() throws Exception {
        return host.withCore(core -> core.statuses().stream().filter(s -> s.poolId().equals(acd.pool()))
                .findFirst().orElseThrow()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
