package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The fairness audit end to end on a bias injected through the inputs, as a real floor produces one: an English
 * and a Spanish line of four agents each (added over the workers API), whose callers come over Kafka with a
 * channel segment; Attune routes them, the floor answers every offer and ends each call, the service journals it
 * all in PostgreSQL, and the audit is read over REST and CSV. Biased, the Spanish line is staffed with the weakest
 * agents (empathy 0.3, GENERAL level 1, who resolve two calls in five against four in five): the audit flags
 * language=es against the best-served English callers, and nothing about English or the channel. Unbiased, the two
 * lines are staffed alike and nothing is flagged.
 */
@QuarkusTest
class FairnessOverKafkaTest {
    private static final int PER_LANGUAGE = 40;
    private static final int PER_LINE = 4;
    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final List<String> CHANNELS = List.of("voice", "chat");

    @Test
    void aLineStaffedWithWeakAgentsIsFlaggedOverRestAndInTheCsv() {
        String period = playedOverKafka(true);
        JsonPath audit = audit(period);
        List<String> flagged = audit.getList("flagged");
        assertTrue(flagged.contains("language=es"), audit.prettify());
        assertFalse(flagged.contains("language=en"), flagged.toString());
        assertFalse(flagged.stream().anyMatch(f -> f.startsWith("channel=")), "the channel is not penalised: " + flagged);
        String spanish = "segments.find { it.dimension == 'language' && it.segment == 'es' }.";
        assertEquals(PER_LANGUAGE, audit.getInt(spanish + "measures.calls"));
        assertEquals("en", audit.getString(spanish + "disparities.find { it.rate == 'TOP_EMPATHY' }.bestSegment"));
        assertEquals(0.0, audit.getDouble(spanish + "disparities.find { it.rate == 'TOP_EMPATHY' }.ratio"), 1e-9);
        assertEquals(0.5, audit.getDouble(spanish + "disparities.find { it.rate == 'RESOLVED' }.ratio"), 1e-9);
        assertTrue(audit.getBoolean(spanish + "disparities.find { it.rate == 'RESOLVED' }.flagged"));

        String csv = given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness/export?" + period).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.contains("\nlanguage,es," + PER_LANGUAGE + ",true,"), csv);
        assertTrue(csv.contains("\nlanguage,en," + PER_LANGUAGE + ",false,"), csv);
    }

    @Test
    void theSameFloorWithTheLinesStaffedAlikeIsFlaggedOnNothing() {
        String period = playedOverKafka(false);
        given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness?" + period).then().statusCode(200)
                .body("flagged", empty());
    }

    /** Plays the floor over Kafka until the audit has every call settled; returns the audit's query. */
    private static String playedOverKafka(boolean biased) {
        try (AcdSimulator acd = new AcdSimulator("fair-kafka")) {
            Map<String, Boolean> weak = new HashMap<>();
            for (String language : LANGUAGES) {
                for (int i = 0; i < PER_LINE; i++) {
                    String id = acd.agent(language + i);
                    boolean isWeak = biased && language.equals("es");
                    weak.put(id, isWeak);
                    given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                            {"id": "%s", "pool": "%s", "skills": {"GENERAL": %d}, "languages": ["%s"],
                             "licences": [], "empathy": %s, "capacity": 1}""".formatted(id, acd.pool(),
                            isWeak ? 1 : 4, language, isWeak ? 0.3 : 0.9)).post("/api/v1/workers").then().statusCode(201);
                }
            }
            Instant start = Instant.now().minusSeconds(1);
            Map<String, Integer> slot = new HashMap<>();
            AcdFloor floor = new AcdFloor(acd, (caller, agent) -> {
                // Per language and channel, the k-th caller resolves if k mod 5 is under 4 (2 with a weak agent),
                // so every channel holds the same outcomes and only the staffing tells the lines apart.
                boolean resolved = slot.get(caller.callId()) % 5 < (weak.get(agent) ? 2 : 4);
                return new AcdFloor.Ending(resolved ? "RESOLVED" : "CALLBACK", 4, 0.2);
            });
            floor.available(List.copyOf(weak.keySet()));
            floor.play(callers(acd.pool(), slot), PER_LINE + 2, Duration.ofSeconds(60));
            String period = "pool=" + acd.pool() + "&from=" + start + "&to=" + Instant.now().plusSeconds(60);
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> audit(period).getInt("calls") == 2 * PER_LANGUAGE);
            return period;
        }
    }

    /** English and Spanish callers in turn, each language's callers on voice and chat in turn. */
    private static List<AcdFloor.Caller> callers(String pool, Map<String, Integer> slot) {
        List<AcdFloor.Caller> callers = new ArrayList<>();
        for (int k = 0; k < PER_LANGUAGE; k++) {
            for (String language : LANGUAGES) {
                String channel = CHANNELS.get(k % 2);
                String id = pool + "-" + language + "-" + k;
                slot.put(id, k / 2);
                callers.add(new AcdFloor.Caller(id, "GENERAL", language, 0.5, Map.of("channel", channel)));
            }
        }
        return callers;
    }

    private static JsonPath audit(String period) {
        return given().auth().oauth2(Tokens.of("compliance")).get("/api/v1/fairness?" + period).then().statusCode(200)
                .extract().jsonPath();
    }
}
