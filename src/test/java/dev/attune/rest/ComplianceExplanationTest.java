package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import dev.attune.service.EngineHost;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A compliance officer reads a routed call's stored explanation through the service: every hard rule checked,
 * the agents passed over with the rule or the terms that put them behind.
 */
@QuarkusTest
class ComplianceExplanationTest {
    @Inject
    EngineHost host;

    private TestPool pool;

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
        pool = new TestPool();
    }

    @Test
    void theStoredExplanationNamesEveryRuleAndWhoWasPassedOver() {
        String alice = pool.addAgent("alice", 0.9);
        String bob = pool.addAgent("bob", 0.3);
        String carmen = pool.agent("carmen");
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "%s", "skills": {"CARDS": 5}, "languages": ["es"],
                 "licences": [], "empathy": 0.99, "capacity": 1}""".formatted(carmen, pool.id))
                .post("/api/v1/workers").then().statusCode(201);
        for (String agent : new String[] {alice, bob}) {
            pool.state(agent, "AVAILABLE").statusCode(200);
        }
        Awaitility.await().atMost(TestPool.WAIT)
                .untilAsserted(() -> pool.state(carmen, "AVAILABLE").statusCode(200));

        String decisionId = pool.call("c1", ", \"vulnerable\": true, \"amountAtStake\": 50000").statusCode(201)
                .extract().path("reservation.decisionId");

        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.of("compliance"))
                .get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("agentId", org.hamcrest.Matchers.equalTo(alice))
                .body("rulesChecked", contains(
                        "Required skill: CARDS 3/5, minimum 1",
                        "Language: speaks the caller's en",
                        "Required licence: none needed for CARD_SERVICES",
                        "Agent availability: AVAILABLE",
                        "Agent capacity: 0 of 1 VOICE calls in progress",
                        "Excluded agent: nobody declined this call"))
                .body("passedOver", hasItem(carmen + ": does not speak en"))
                .body("passedOver", hasItem(matchesPattern(bob + ": \\d+ points behind: .*"))));
    }
}
