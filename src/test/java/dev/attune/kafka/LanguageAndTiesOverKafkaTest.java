package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Promises of docs/events.md and docs/constraints.md through the broker and the running service: BCP 47
 * language tags meet on their primary language (a caller's es-US or ES reaches an agent who speaks es, and never
 * an agent who does not) unless the pool asks for the exact region (switched over REST, audited), and an offer
 * won on a tie says so and how it was broken.
 */
@QuarkusTest
class LanguageAndTiesOverKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("language-ties");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aCallersEsUsOrEsInCapitalsReachesAnAgentWhoSpeaksEs() {
        String english = acd.agent("english");
        String spanish1 = acd.agent("spanish1");
        String spanish2 = acd.agent("spanish2");
        // The English speaker is the better match on every term but language.
        profile(english, "en", 0.99, 5);
        profile(spanish1, "es", 0.5, 3);
        profile(spanish2, "es", 0.5, 3);
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String agent : List.of(english, spanish1, spanish2)) {
            available(agent, since);
        }

        List<String> reached = new ArrayList<>();
        for (String language : List.of("es-US", "ES")) {
            JsonNode offer = offerFor(arrive("-" + language, language));
            String agent = offer.path("agentId").asText();
            assertNotEquals(english, agent, language + " reached the agent who speaks only en: " + offer);
            assertTrue(offer.path("rulesChecked").toString().contains("Language: speaks the caller's " + language),
                    offer::toString);
            assertTrue(offer.path("passedOver").toString().contains(english + ": does not speak " + language),
                    offer::toString);
            reached.add(agent);
        }
        assertEquals(List.of(spanish1, spanish2), reached.stream().sorted().toList(),
                "each Spanish caller reached one of the two agents who speak es");
    }

    @Test
    void aPoolThatAsksForTheExactRegionSendsEsUsOnlyToAnEsUsAgentAndAuditsTheSwitch() {
        given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON)
                .body(Map.of("exactRegion", true, "reason", "US Spanish callers asked for US agents"))
                .put("/api/v1/language-match/" + acd.pool()).then().statusCode(200)
                .body("exactRegion", equalTo(true)).body("exactRegionBefore", equalTo(false));
        given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body(Map.of("exactRegion", "sometimes",
                "reason", "wrong")).put("/api/v1/language-match/" + acd.pool()).then().statusCode(400);
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/language-match/" + acd.pool() + "/history").then()
                .statusCode(200).body("[0].changedBy", equalTo("wfm"))
                .body("[0].reason", equalTo("US Spanish callers asked for US agents"));
        String spain = acd.agent("spain");
        String usa = acd.agent("usa");
        // The es agent is the better match on every term but the region.
        profile(spain, "es", 0.99, 5);
        profile(usa, "es-US", 0.5, 3);
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        available(spain, since);
        available(usa, since);

        JsonNode offer = offerFor(arrive("-exact", "es-US"));

        assertEquals(usa, offer.path("agentId").asText(), offer::toString);
        assertTrue(offer.path("rulesChecked").toString().contains("Language: speaks the caller's es-US (exact region)"),
                offer::toString);
        assertTrue(offer.path("passedOver").toString().contains(spain + ": does not speak es-US (exact region)"),
                offer::toString);
        assertEquals(spain, offerFor(arrive("-plain", "es")).path("agentId").asText(),
                "a caller who names no region reaches any es agent");
    }

    @Test
    void anOfferWonOnATieSaysItWasATieAndHowItWasBroken() {
        String ann = acd.agent("ann");
        String bob = acd.agent("bob");
        profile(ann, "en", 0.6, 3);
        profile(bob, "en", 0.6, 3);
        // Available at the same instant: equal on every term, idle time included.
        Instant since = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        available(bob, since);
        available(ann, since);

        JsonNode offer = offerFor(arrive("-tie", "en"));

        assertEquals(ann, offer.path("agentId").asText(), "equally idle, the first by id: " + offer);
        assertTrue(texts(offer.path("reasons")).stream().anyMatch(r -> r.startsWith("Tie with " + bob + " at ")
                && r.endsWith(" points: equally idle; the chosen agent comes first by id")), offer::toString);
        assertTrue(texts(offer.path("passedOver")).stream().anyMatch(l -> l.startsWith(bob + ": tied at ")
                && l.endsWith("equally idle; the chosen agent comes first by id")), offer::toString);
    }

    private void profile(String agentId, String language, double empathy, int level) {
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agentId)
                .put("displayName", agentId).put("empathy", empathy);
        profile.putObject("skills").put("GENERAL", level);
        profile.putArray("languages").add(language);
        profile.putArray("licences");
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
    }

    /** Available since {@code since}, the time the event carries, so two agents can be exactly as idle. */
    private void available(String agentId, Instant since) {
        ObjectNode data = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agentId)
                .put("state", "AVAILABLE").putNull("expectedFreeAt");
        ObjectNode envelope = SampleEvents.envelope(EventType.AGENT_STATE_CHANGED, data.put("poolId", acd.pool()));
        envelope.put("time", since.toString());
        acd.send(AcdSimulator.TOPICS.name(EventType.AGENT_STATE_CHANGED.topic()), acd.pool(),
                SampleEvents.bytes(envelope), List.of(new RecordHeader("content-type",
                        "application/cloudevents+json".getBytes(StandardCharsets.UTF_8))));
    }

    private String arrive(String suffix, String language) {
        String callId = acd.pool() + suffix;
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("productCode", "GENERAL").put("language", language).put("vulnerable", false).put("priority", 0)
                .putNull("lifeEvent").putNull("lastAgentId"));
        return callId;
    }

    private JsonNode offerFor(String callId) {
        return acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
