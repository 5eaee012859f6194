package dev.attune.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.attune.service.EngineHost;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call routed synchronously over REST carries its segment like a call.arrived: the declared attributes reach
 * the journal and the fairness audit, an undeclared one is dropped, and a malformed one is a 400 naming it.
 */
@QuarkusTest
class SegmentedTaskTest {
    @Inject
    EngineHost host;
    private final TestPool pool = new TestPool();

    @BeforeEach
    void engineRuns() {
        TestPool.awaitEngine(host);
    }

    @Test
    void aRestCallsSegmentReachesTheAudit() {
        Instant from = Instant.now().minusSeconds(5);
        pool.state(pool.addAgent("busy", 0.5), "BUSY").statusCode(200);
        pool.call("s1", """
                , "deadlineMillis": 0, "channel": "CHAT",
                  "segments": {"age-band": "65+", "customer-tier": "gold", "eye-colour": "blue"}""").statusCode(202);
        given().post("/api/v1/pools/" + pool.id + "/tasks/s1/abandon").then().statusCode(200);

        Awaitility.await().atMost(TestPool.WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.of("compliance"))
                .get("/api/v1/fairness?pool=" + pool.id + "&from=" + from + "&to=" + Instant.now().plusSeconds(1))
                .then().statusCode(200).body("calls", equalTo(1))
                .body("segments.find { it.dimension == 'age-band' }.segment", equalTo("65+"))
                .body("segments.find { it.dimension == 'customer-tier' }.segment", equalTo("gold"))
                .body("segments.find { it.dimension == 'channel' }.segment", equalTo("CHAT"))
                .body("segments.find { it.dimension == 'age-band' }.measures.abandonment.value", equalTo(1.0f))
                .body("segments.dimension", not(hasItem("eye-colour"))));
    }

    @Test
    void aMalformedSegmentIsRefusedNamingIt() {
        pool.call("s2", ", \"segments\": {\"Age Band\": \"65+\"}").statusCode(400).body(containsString("segments"));
        pool.call("s3", ", \"segments\": {\"age-band\": \"\"}").statusCode(400).body(containsString("segments"));
    }
}
