package dev.attune.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.CallOutcome;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.EmotionEstimate;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.Offer;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.event.CallEnded;
import dev.attune.core.engine.event.OfferAccepted;
import dev.attune.persistence.RoutingJournal;
import dev.attune.rest.ProfileChangesSeen;
import dev.attune.service.JournalEntry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Empathy learned from the journal on the real PostgreSQL: outcomes go in through the routing journal,
 * the learned scores come out over REST, and switching a pool's source writes audited scores.
 */
@QuarkusTest
class EmpathyResourceTest {
    private static final int AGENTS = 10;

    @Inject
    RoutingJournal journal;
    @Inject
    ProfileChangesSeen seen;

    private static RequestSpecification asManager() {
        return given().contentType(ContentType.JSON).header("X-Attune-User", "wfm.carol");
    }

    /** A pool of ten agents configured 0.30-0.75, whose outcomes follow that score, and a star configured 0.40. */
    private String poolWithAStar() {
        String pool = "learn-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i <= AGENTS; i++) {
            String id = i == AGENTS ? pool + "-star" : pool + "-" + i;
            double empathy = i == AGENTS ? 0.4 : 0.3 + 0.05 * i;
            asManager().body("""
                    {"id": "%s", "pool": "%s", "skills": {"GENERAL": 3}, "languages": ["en"], "licences": [],
                     "empathy": %s, "capacity": 1}""".formatted(id, pool, empathy)).post("/api/v1/workers")
                    .then().statusCode(201);
        }
        return pool;
    }

    /** Journals {@code perAgent} served calls for every agent of the pool, the star's truly at 0.95 empathy. */
    private void serveCalls(String pool, int perAgent) {
        SplittableRandom random = new SplittableRandom(42);
        Instant at = Instant.now().minusSeconds(86_400);
        List<JournalEntry> batch = new ArrayList<>();
        for (int i = 0; i <= AGENTS; i++) {
            String agent = i == AGENTS ? pool + "-star" : pool + "-" + i;
            double empathy = i == AGENTS ? 0.95 : 0.3 + 0.05 * i;
            for (int c = 0; c < perAgent; c++) {
                double care = random.nextDouble();
                String callId = "call-" + UUID.randomUUID();
                Offer offer = new Offer("d-" + UUID.randomUUID(), pool, callId, agent, at, at.plusSeconds(15), -10,
                        DecisionPath.DECIDER, new Explanation(List.of(), List.of(), null, new CareNeed(care, care, 0.5), List.of()));
                boolean resolved = random.nextDouble() < 0.5 + 0.45 * empathy * care;
                double end = Math.max(0, Math.min(1, care * (1 - 0.6 * empathy) + 0.1 * random.nextGaussian()));
                EmotionEstimate last = new EmotionEstimate(callId, end, 0, 0, 0, 0, end, 1, at.plusSeconds(300));
                batch.add(new JournalEntry.Decided(new RoutingDirective.OfferCreated(offer)));
                batch.add(new JournalEntry.Applied(new OfferAccepted(pool, offer.decisionId(), callId, agent, at.plusSeconds(2))));
                batch.add(new JournalEntry.Applied(new CallEnded(pool, callId, agent,
                        resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK, null, last, at.plusSeconds(300))));
            }
        }
        journal.write(batch);
    }

    @Test
    void aSkilledAgentsLearnedScoreRisesAfterGoodOutcomesAndRoutesWhenChosen() {
        String pool = poolWithAStar();
        serveCalls(pool, 150);
        String star = pool + "-star";

        JsonPath learned = given().get("/api/v1/empathy/" + pool).then().statusCode(200)
                .body("source", equalTo("CONFIGURED")).body("calls", equalTo(150 * (AGENTS + 1)))
                .body("agents", hasSize(AGENTS + 1)).extract().jsonPath();
        String at = "agents.find { it.agentId == '" + star + "' }.";
        assertEquals(0.4, learned.getDouble(at + "configured"), 1e-9);
        assertEquals(150, learned.getInt(at + "calls"));
        assertTrue(learned.getDouble(at + "learned") > 0.7, "learned " + learned.getDouble(at + "learned"));
        assertTrue(learned.getDouble(at + "lower") > 0.4, "interval clear of the configured score");
        assertEquals(0.4, learned.getDouble(at + "routed"), 1e-9);

        double score = asManager().body("{\"source\": \"LEARNED\", \"reason\": \"QA scores are a year old\"}")
                .put("/api/v1/empathy/" + pool + "/source").then().statusCode(200).body("source", equalTo("LEARNED"))
                .extract().jsonPath().getDouble(at + "routed");
        assertTrue(score > 0.7);
        given().get("/api/v1/workers/" + star).then().statusCode(200).body("empathy", equalTo((float) score));
        given().get("/api/v1/workers/" + star + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[1].changedBy", equalTo("wfm.carol")).body("[1].reason", containsString("learned"))
                .body("[1].before.empathy", equalTo(0.4f));
        assertTrue(seen.profiles().stream().anyMatch(c -> c.profile().id().equals(star) && c.profile().empathy() == score),
                "the routed score reaches the engine through the profile change path");
        given().get("/api/v1/empathy/" + pool).then().statusCode(200).body(at + "configured", equalTo(0.4f));

        asManager().body("{\"source\": \"CONFIGURED\", \"reason\": \"back to QA\"}")
                .put("/api/v1/empathy/" + pool + "/source").then().statusCode(200);
        given().get("/api/v1/workers/" + star).then().statusCode(200).body("empathy", equalTo(0.4f));
        given().get("/api/v1/empathy/" + pool + "/history").then().statusCode(200).body("$", hasSize(2))
                .body("[0].before", equalTo("CONFIGURED")).body("[0].after", equalTo("LEARNED"))
                .body("[0].reason", equalTo("QA scores are a year old")).body("[1].after", equalTo("CONFIGURED"));
    }

    @Test
    void blendedScoresSitBetweenConfiguredAndLearned() {
        String pool = poolWithAStar();
        serveCalls(pool, 150);
        String at = "agents.find { it.agentId == '" + pool + "-star' }.";
        JsonPath blended = asManager().body("{\"source\": \"BLENDED\", \"reason\": \"half and half\"}")
                .put("/api/v1/empathy/" + pool + "/source").then().statusCode(200).extract().jsonPath();
        double expected = 0.5 * blended.getDouble(at + "learned") + 0.5 * 0.4;
        assertEquals(expected, blended.getDouble(at + "routed"), 0.001);
    }

    @Test
    void badRequestsNameTheField() {
        String pool = poolWithAStar();
        asManager().body("{\"source\": \"SOMETIMES\", \"reason\": \"x\"}").put("/api/v1/empathy/" + pool + "/source")
                .then().statusCode(400).body("message", containsString("source must be one of"));
        asManager().body("{\"source\": \"LEARNED\"}").put("/api/v1/empathy/" + pool + "/source")
                .then().statusCode(400).body("message", containsString("reason"));
        given().contentType(ContentType.JSON).body("{\"source\": \"LEARNED\", \"reason\": \"x\"}")
                .put("/api/v1/empathy/" + pool + "/source").then().statusCode(400)
                .body("message", containsString("X-Attune-User"));
        given().get("/api/v1/empathy/no-such-pool").then().statusCode(404)
                .body("message", equalTo("unknown routing pool 'no-such-pool'"));
    }
}
