package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A skilled agent's learned proficiency rises after good outcomes, end to end: five agents whose configured CARDS
 * level (1-5) is their true one and a star configured at 2 who is truly 5 take a floor's card and general calls
 * over Kafka (call.arrived with the analytics feed's emotion, Attune's offers on routing.decisions, offer.accepted,
 * call.ended with the outcome the agent's true level gives); the service journals them in PostgreSQL and the
 * star's learned CARDS level, read over REST, rises above 3 with its interval clear of the configured 2, while a
 * colleague configured and truly at 2 stays near 2.
 */
@QuarkusTest
class ProficiencyOverKafkaTest {
    private static final int COLLEAGUES = 5;
    private static final int CARD_CALLS = 240;
    private static final int GENERAL_CALLS = 80;

    @Test
    void aSkilledAgentsLearnedLevelRisesAfterGoodOutcomesOverKafka() {
        try (AcdSimulator acd = new AcdSimulator("skill-kafka")) {
            String pool = acd.pool();
            String star = acd.agent("star");
            Map<String, Integer> trueLevel = new HashMap<>();
            for (int i = 1; i <= COLLEAGUES; i++) {
                trueLevel.put(acd.agent(String.valueOf(i)), i);
                worker(acd.agent(String.valueOf(i)), pool, i);
            }
            trueLevel.put(star, 5);
            worker(star, pool, 2);

            AcdFloor floor = new AcdFloor(acd, byTrueLevel(trueLevel));
            floor.available(List.copyOf(trueLevel.keySet()));
            Map<String, String> answeredBy = floor.play(callers(pool), 2 * trueLevel.size(), Duration.ofSeconds(120));

            String cards = "levels.find { it.agentId == '" + star + "' && it.skill == 'CARDS' }.";
            JsonPath learned = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> proficiency(pool), r -> r.getInt("calls") == CARD_CALLS + GENERAL_CALLS);
            long starCards = answeredBy.entrySet().stream()
                    .filter(e -> e.getValue().equals(star) && e.getKey().contains("-card-")).count();
            assertEquals(starCards, learned.getInt(cards + "calls"), "the star's card calls, as the floor answered them");
            double level = learned.getDouble(cards + "learned");
            assertTrue(level > 3, "the star's learned CARDS level rises from 2 after " + starCards + " good calls: "
                    + learned.prettify());
            assertTrue(learned.getDouble(cards + "lower") > 2, "its interval is clear of the configured 2");
            assertEquals(2, learned.getInt(cards + "configured"));
            assertEquals(2, learned.getInt(cards + "routed"), "configured levels route until a manager switches");
            double colleague = learned.getDouble(
                    "levels.find { it.agentId == '" + acd.agent("2") + "' && it.skill == 'CARDS' }.learned");
            assertTrue(colleague < 2.5, "a colleague configured and truly at 2 stays near 2: " + colleague);
        }
    }

    private static void worker(String id, String pool, int cards) {
        given().auth().oauth2(Tokens.of("wfm")).contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "%s", "skills": {"CARDS": %d, "GENERAL": 3}, "languages": ["en"],
                 "licences": [], "empathy": 0.6, "capacity": 1}""".formatted(id, pool, cards))
                .post("/api/v1/workers").then().statusCode(201);
    }

    /**
     * Card calls resolve in level out of every five an agent takes (a true 5 resolves all, a true 2 two in five),
     * general calls three in five for everyone; the caller leaves half as distressed as they came.
     */
    private static AcdFloor.Truth byTrueLevel(Map<String, Integer> trueLevel) {
        Map<String, Integer> taken = new HashMap<>();
        return (caller, agent) -> {
            boolean card = caller.productCode().equals("CARD_SERVICES");
            int n = taken.merge(agent + card, 1, Integer::sum);
            boolean resolved = n % 5 < (card ? trueLevel.get(agent) : 3);
            return new AcdFloor.Ending(resolved ? "RESOLVED" : "CALLBACK", null, caller.distress() / 2);
        };
    }

    /** Three card calls to every general one, in a fixed order, each with its own distress. */
    private static List<AcdFloor.Caller> callers(String pool) {
        SplittableRandom random = new SplittableRandom(42);
        List<AcdFloor.Caller> callers = new ArrayList<>();
        for (int i = 0, card = 0, general = 0; card < CARD_CALLS || general < GENERAL_CALLS; i++) {
            boolean isCard = (i % 4 != 3 || general == GENERAL_CALLS) && card < CARD_CALLS;
            String id = pool + (isCard ? "-card-" + card++ : "-general-" + general++);
            callers.add(new AcdFloor.Caller(id, isCard ? "CARD_SERVICES" : "GENERAL", "en", random.nextDouble(),
                    Map.of()));
        }
        return callers;
    }

    private static JsonPath proficiency(String pool) {
        return given().auth().oauth2(Tokens.of("wfm")).get("/api/v1/proficiency/" + pool).then().statusCode(200)
                .extract().jsonPath();
    }
}
