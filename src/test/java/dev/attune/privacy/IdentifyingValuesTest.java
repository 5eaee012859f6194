package dev.attune.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import dev.attune.testing.CapturedLog;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Identifying values never leak: traffic through the real service (Kafka in, REST, PostgreSQL) carries a marker in
 * every free-text and id field, including events the intake refuses, events whose rows the database refuses and
 * REST bodies it answers 400 to. Then every column of every table is scanned, and every log line: a marker may be
 * only where docs/privacy.md's inventory says its field is kept ({@link Inventory}), and only ids reach the log.
 */
@QuarkusTest
class IdentifyingValuesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** What the service may say about a call in its notices (call.unroutable, agent.set-away, offer.rescinded). */
    private static final Set<String> NOTICE_KINDS = Set.of("call", "agent", "pool", "decision");
    private final Markers markers = new Markers();

    @Inject
    AgroalDataSource database;

    private String marker(String kind) {
        return markers.of(kind);
    }

    @Test
    void markersReachOnlyTheColumnsOfTheInventoryAndNoLogLineButIds() throws Exception {
        List<String> logLines;
        try (CapturedLog log = CapturedLog.start(); AcdSimulator acd = new AcdSimulator(marker("pool"))) {
            String callId = overKafka(acd);
            overRest(acd);
            refused(acd);
            SetupTraffic setup = new SetupTraffic(markers, acd.pool());
            String product = setup.unservableProduct();
            setup.empathySource();
            setup.whatIf();
            setup.rosterImport();
            setup.utterance(callId);
            List<JsonNode> published = new AnswerTraffic(markers).run(product);
            assertNoticesCarryOnlyIds(published);
            awaitJournal(callId);
            logLines = log.lines();
        }
        assertTrue(logLines.size() > 5, "the log was captured: " + logLines.size() + " lines");
        Map<String, Set<String>> leaks = new TreeMap<>();
        for (String line : logLines) {
            for (String kind : markers.in(line)) {
                if (!Inventory.LOGGED.contains(kind)) {
                    leaks.computeIfAbsent("log", k -> new TreeSet<>()).add(kind + " in: " + line);
                }
            }
        }
        Map<String, Set<String>> columns = columnsHoldingMarkers();
        assertTrue(columns.containsKey("decision.call_id") && columns.containsKey("agent.display_name"),
                "the traffic reached the journal and the roster: " + columns);
        columns.forEach((column, kinds) -> kinds.stream()
                .filter(kind -> !Inventory.COLUMNS.getOrDefault(kind, Set.of()).contains(column))
                .forEach(kind -> leaks.computeIfAbsent(column, k -> new TreeSet<>()).add(kind)));
        assertEquals(Map.of(), leaks, "markers outside the inventory (docs/privacy.md)");
    }

    /** An agent, a call with every field filled, its offer rejected with a reason, an unknown offer answered, the end. */
    private String overKafka(AcdSimulator acd) {
        String agent = marker("agent") + "-k";
        ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent)
                .put("displayName", marker("name"));
        profile.putObject("skills").put("GENERAL", 3);
        profile.putArray("licences").add(marker("licence"));
        acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent)
                .put("state", "AVAILABLE").putNull("expectedFreeAt"));
        String callId = marker("call") + "-k";
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", callId)
                .put("customerId", marker("customer")).put("productCode", "GENERAL").put("lifeEvent", marker("life"))
                .put("lastAgentId", agent));
        acd.send(EventType.EMOTION_ESTIMATED, SampleEvents.data(EventType.EMOTION_ESTIMATED).put("callId", callId));
        JsonNode offer = acd.awaitDecision(e -> e.path("type").asText().equals("dev.attune.offer.created")
                && e.path("data").path("callId").asText().equals(callId), WAIT).path("data");
        acd.send(EventType.OFFER_REJECTED, SampleEvents.data(EventType.OFFER_REJECTED)
                .put("decisionId", offer.path("decisionId").asText()).put("callId", callId).put("agentId", agent)
                .put("reason", marker("note")));
        acd.send(EventType.OFFER_REJECTED, SampleEvents.data(EventType.OFFER_REJECTED).put("decisionId", marker("decision"))
                .put("callId", callId).put("agentId", agent).put("reason", marker("note")));
        ObjectNode ended = SampleEvents.data(EventType.CALL_ENDED).put("callId", callId).put("agentId", agent);
        acd.send(EventType.CALL_ENDED, ended);
        acd.send(EventType.CALL_ABANDONED, SampleEvents.data(EventType.CALL_ABANDONED).put("callId", marker("call") + "-gone"));
        return callId;
    }

    /** A worker, a weight change, a routed task and its rejection, over REST as a WFM tool and an ACD would. */
    private void overRest(AcdSimulator acd) {
        String agent = marker("agent") + "-r";
        given().contentType("application/json").body(Map.of("id", agent, "pool", acd.pool(), "displayName", marker("name"),
                "skills", Map.of("GENERAL", 3), "languages", List.of("en"), "licences", List.of(marker("licence")),
                "empathy", 0.5, "capacity", 1, "reason", marker("why")))
                .when().post("/api/v1/workers").then().statusCode(201);
        given().contentType("application/json").body(Map.of("state", "AVAILABLE"))
                .when().put("/api/v1/pools/" + acd.pool() + "/workers/" + agent + "/state").then().statusCode(200);
        JsonNode weights = SampleEvents.JSON.valueToTree(given().when().get("/api/v1/weights").then().statusCode(200)
                .extract().as(Map.class));
        String constraint = weights.path("weights").fieldNames().next();
        given().contentType("application/json").body(Map.of("weights",
                Map.of(constraint, weights.path("weights").path(constraint)), "reason", marker("why")))
                .when().put("/api/v1/weights").then().statusCode(200);
        JsonNode task = SampleEvents.JSON.valueToTree(given().contentType("application/json").body(Map.of(
                "callId", marker("call") + "-r", "customerId", marker("customer"), "productCode", "GENERAL",
                "language", "en", "lifeEvent", marker("life"), "lastAgentId", agent, "amountAtStake", 1000))
                .when().post("/api/v1/pools/" + acd.pool() + "/tasks").then().extract().as(Map.class));
        String decision = task.path("reservation").path("decisionId").asText("");
        if (!decision.isEmpty()) {
            given().contentType("application/json").body(Map.of("agentId", task.path("reservation").path("agentId").asText(),
                    "reason", marker("note"))).when()
                    .post("/api/v1/pools/" + acd.pool() + "/reservations/" + decision + "/reject").then().statusCode(200);
        }
    }

    /**
     * Input the service refuses: not JSON, against the schema, and REST bodies answered 400; and ids near the
     * contract's 128-character limit, which the database refused until V15 widened its columns.
     */
    private void refused(AcdSimulator acd) {
        String everything = String.join(" ", marker("customer"), marker("name"), marker("note"), marker("life"));
        acd.send("acd.calls", acd.pool(), ("not json " + everything).getBytes(StandardCharsets.UTF_8), List.of());
        acd.send(EventType.AGENT_STATE_CHANGED, SampleEvents.data(EventType.AGENT_STATE_CHANGED)
                .put("agentId", marker("agent") + "-s").put("state", marker("note")));
        acd.send(EventType.CALL_ARRIVED, SampleEvents.data(EventType.CALL_ARRIVED).put("callId", marker("call") + "-s")
                .put("customerId", marker("customer")).put("priority", marker("note")).put("lifeEvent", marker("life")));
        ObjectNode tooLong = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED)
                .put("agentId", marker("agent") + "-" + "x".repeat(80)).put("displayName", marker("name"));
        tooLong.putObject("skills").put("GENERAL", 3);
        tooLong.putArray("licences").add(marker("licence"));
        acd.send(EventType.AGENT_PROFILE_CHANGED, tooLong);
        acd.send(EventType.OFFER_REJECTED, SampleEvents.data(EventType.OFFER_REJECTED)
                .put("decisionId", marker("decision") + "-" + "x".repeat(80)).put("callId", marker("call") + "-k")
                .put("agentId", marker("agent") + "-k").put("reason", marker("note")));
        given().contentType("application/json").body(Map.of("id", marker("agent") + "-bad", "pool", acd.pool(),
                "displayName", marker("name") + "y".repeat(300), "skills", Map.of("GENERAL", 9), "languages", List.of("en"),
                "empathy", 2, "capacity", 1, "reason", marker("why")))
                .when().post("/api/v1/workers").then().statusCode(400);
        given().contentType("application/json").body("{\"callId\": \"" + marker("call") + "-bad\", \"customerId\": \""
                + marker("customer") + " has spaces\", \"lifeEvent\": \"" + marker("life") + "\"}")
                .when().post("/api/v1/pools/" + acd.pool() + "/tasks").then().statusCode(400);
        given().contentType("application/json").body("{\"agentId\": \"" + marker("agent") + "-k\", \"reason\": \""
                + marker("note") + "\", \"unknown\": 1}")
                .when().post("/api/v1/pools/" + acd.pool() + "/reservations/" + marker("decision") + "/reject")
                .then().statusCode(400);
    }

    private void awaitJournal(String callId) throws Exception {
        Awaitility.await().atMost(WAIT).until(() -> count("select count(*) from call_outcome where call_id = '" + callId + "'") == 1
                && count("select count(*) from early_answer where decision_id = '" + marker("decision") + "'") == 1
                && count("select count(*) from decision where call_id = '" + callId + "' and status = 'REJECTED'") >= 1
                && count("select count(*) from decision where call_id = '" + marker("call") + "-u' and status = 'ACCEPTED'") == 1);
        Thread.sleep(2_000); // what the refused records left behind in the log
    }

    private void assertNoticesCarryOnlyIds(List<JsonNode> published) {
        Set<String> types = new TreeSet<>();
        Map<String, Set<String>> leaks = new TreeMap<>();
        for (JsonNode event : published) {
            String type = event.path("type").asText();
            if (!type.endsWith("offer.created")) {
                types.add(type);
                markers.in(event.toString()).stream().filter(kind -> !NOTICE_KINDS.contains(kind))
                        .forEach(kind -> leaks.computeIfAbsent(type, k -> new TreeSet<>()).add(kind));
            }
        }
        assertTrue(types.containsAll(Set.of("dev.attune.call.unroutable", "dev.attune.agent.set-away")),
                "the notices were published: " + types);
        assertEquals(Map.of(), leaks, "notices carry only ids");
    }

    private long count(String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table.column of the schema holding a marker of this run, with the kinds of marker it holds. */
    private Map<String, Set<String>> columnsHoldingMarkers() throws Exception {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = 'public' order by 1, 2")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "columns found: " + columns.size());
            for (String[] column : columns) {
                String sql = "select distinct (regexp_matches(\"" + column[1] + "\"::text, '" + markers.regex()
                        + "', 'g'))[1] from \"" + column[0] + "\"";
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        found.computeIfAbsent(column[0] + "." + column[1], k -> new TreeSet<>()).add(rs.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
