package dev.attune.learning.fairness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.persistence.RoutingJournal;
import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fairness audit on the real PostgreSQL journal: a pool whose routing carries a penalty on Spanish
 * callers (they wait longer, some hang up, and only the least empathetic agents get them) is journalled
 * through the routing journal; the audit over REST flags language=es and nothing about the channel.
 */
@QuarkusTest
class FairnessResourceTest {
    @Inject
    RoutingJournal journal;

    @Test
    void aPenaltyOnSpanishCallersIsFlaggedOverRestAndInTheCsv() {
        String pool = "fair-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = PenalisedSpanish.journal(journal, pool);
        String period = "pool=" + pool + "&from=" + start.minusSeconds(1) + "&to=" + Instant.now();

        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness?" + period).then().statusCode(200)
                .body("flagged", hasItem("language=es")).body("flagged", not(hasItem("channel=voice")))
                .body("flagged", not(hasItem("channel=chat")))
                .body("segments.find { it.dimension == 'language' && it.segment == 'es' }.disparities"
                        + ".find { it.rate == 'TOP_EMPATHY' }.bestSegment", org.hamcrest.Matchers.equalTo("en"));
        String csv = given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness/export?" + period).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("dimension,segment,calls,flagged,asa_seconds"), csv);
        assertTrue(csv.contains("\nlanguage,es," + PenalisedSpanish.PER_LANGUAGE + ",true,"), csv);
        assertTrue(csv.contains("\nlanguage,en," + PenalisedSpanish.PER_LANGUAGE + ",false,"), csv);

        given().auth().oauth2(Tokens.of("wfm")).get("/api/v1/fairness").then().statusCode(403);
        given().get("/api/v1/fairness?from=yesterday").then().statusCode(400).body(containsString("from"));
    }
}
