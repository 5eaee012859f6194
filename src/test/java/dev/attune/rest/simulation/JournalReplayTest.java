package dev.attune.rest.simulation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.attune.learning.fairness.PenalisedSpanish;
import dev.attune.persistence.RoutingJournal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The what-if on the buyer's own journalled traffic, through the real service: a pool's hour of calls is
 * journalled (English and Spanish callers, eight agents), replayed under the weights in force and under a
 * proposal; the comparison shows both, on those calls (their count, their agents, the Spanish callers that only
 * the journal knows of). A period that cannot be replayed is refused naming the field.
 */
@QuarkusTest
class JournalReplayTest {
    @Inject
    RoutingJournal journal;

    @Test
    void aJournalledPeriodIsReplayedUnderBothWeightSets() {
        String pool = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = PenalisedSpanish.journal(journal, pool);
        String location = given().contentType(ContentType.JSON).body("""
                {"weights": {"Empathy for distress": 0}, "replications": 2, "seed": 11, "source": "journal",
                 "from": "%s", "to": "%s", "pool": "%s"}""".formatted(start.minusSeconds(1), Instant.now().plusSeconds(60),
                        pool))
                .when().post("/api/v1/what-if")
                .then().statusCode(202).body("source", equalTo("journal"))
                .extract().header("Location");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                !given().get(location).then().extract().path("status").toString().matches("QUEUED|RUNNING"));
        given().get(location).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("result.scenario", containsString("journalled traffic of pool " + pool))
                .body("result.scenario", containsString("(" + 2 * PenalisedSpanish.PER_LANGUAGE + " calls, 6 agents)"))
                .body("result.scenario", containsString("2 replications, seed 11"))
                .body("result.metrics.find { it.name == 'serviceLevel' }.current", notNullValue())
                .body("result.metrics.find { it.name == 'serviceLevel' }.proposed", notNullValue())
                .body("result.metrics.find { it.name == 'empathyMatch' }.difference", notNullValue())
                // Languages come from the journal (the overlay would make every one of these callers English) ...
                .body("result.fairness.segments.findAll { it.dimension == 'language' }.segment", hasItem("es"))
                .body("result.fairness.segments.find { it.segment == 'es' }.callsCurrent",
                        equalTo(2 * PenalisedSpanish.PER_LANGUAGE))
                .body("result.fairness.segments.find { it.segment == 'es' }.callsProposed",
                        equalTo(2 * PenalisedSpanish.PER_LANGUAGE))
                // ... and so do the products.
                .body("result.fairness.segments.findAll { it.dimension == 'product' }.segment", contains("GENERAL"));
    }

    @Test
    void aPeriodThatCannotBeReplayedIsRefusedNamingTheField() {
        Instant now = Instant.now();
        refused("{\"weights\": {\"Wait time\": 2}, \"source\": \"ledger\"}", "source");
        refused("{\"weights\": {\"Wait time\": 2}, \"source\": \"journal\", \"to\": \"%s\"}".formatted(now), "from");
        refused("{\"weights\": {\"Wait time\": 2}, \"source\": \"journal\", \"from\": \"%s\"}".formatted(now), "to");
        refused(journal(now, now.minusSeconds(60), null), "to");
        refused(journal(now.minus(Duration.ofDays(40)), now, null), "to");
        refused(journal(now.minusSeconds(60), now, "no such pool!"), "pool");
        refused(journal(now.minusSeconds(60), now, "nobody-" + UUID.randomUUID()), "from");
    }

    private static String journal(Instant from, Instant to, String pool) {
        return """
                {"weights": {"Wait time": 2}, "source": "journal", "from": "%s", "to": "%s"%s}"""
                .formatted(from, to, pool == null ? "" : ", \"pool\": \"" + pool + "\"");
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/what-if")
                .then().statusCode(400).body("violations[0].field", equalTo(field));
    }
}
