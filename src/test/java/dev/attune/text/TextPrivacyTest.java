package dev.attune.text;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.kafka.AcdSimulator;
import dev.attune.kafka.EventType;
import dev.attune.kafka.SampleEvents;
import dev.attune.kafka.transcript.TranscriptIntake;
import dev.attune.kafka.transcript.TranscriptReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The text is never stored, journalled or logged: utterances carrying a distinctive marker go in by the
 * topic (valid and malformed) and by REST, the call is routed and journalled, and then the marker is
 * looked for in every log line, every row of every table and every record Attune published.
 */
@QuarkusTest
class TextPrivacyTest {
    private static final String MARKER = "Xylophone-Quokka-5521";

    @Inject
    AgroalDataSource database;
    @Inject
    TranscriptReader reader;

    @Test
    void theMarkerIsInNoLogLineNoTableAndNoPublishedRecord() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                        : String.valueOf(record.getMessage());
                lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try (AcdSimulator acd = new AcdSimulator("privacy");
                OutputTopics out = new OutputTopics(List.of("analytics.emotions", "acd.calls", "routing.decisions",
                        "routing.dead-letter"))) {
            String agent = acd.agent("a");
            ObjectNode profile = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent);
            profile.putObject("skills").put("FRAUD", 4).put("CARDS", 4).put("GENERAL", 3);
            profile.putArray("licences");
            acd.send(EventType.AGENT_PROFILE_CHANGED, profile);
            ObjectNode call = SampleEvents.data(EventType.CALL_ARRIVED).put("callId", "p1").put("productCode", "GENERAL");
            acd.send(EventType.CALL_ARRIVED, call);
            org.awaitility.Awaitility.await().atMost(TextEndToEndTest.WAIT)
                    .until(() -> reader.calls().get(acd.pool(), "p1").isPresent());
            String said = "My card was stolen and I am scared " + MARKER;
            String topic = reader.settings().topic();
            acd.send(topic, acd.pool(), Transcripts.bytes(Transcripts.envelope(Transcripts.data(acd.pool(), "p1", said))),
                    List.of());
            ObjectNode broken = Transcripts.data(acd.pool(), "p1", said).put("speaker", MARKER);
            acd.send(topic, acd.pool(), Transcripts.bytes(Transcripts.envelope(broken)), List.of());
            acd.send(topic, acd.pool(), ("not json " + MARKER).getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of());
            given().contentType("application/json")
                    .body("{\"speaker\":\"CALLER\",\"offsetMillis\":5,\"language\":\"en\",\"text\":\"" + said + "\"}")
                    .when().post("/api/v1/pools/" + acd.pool() + "/calls/p1/utterances").then().statusCode(200);
            ObjectNode state = SampleEvents.data(EventType.AGENT_STATE_CHANGED).put("agentId", agent).put("state", "AVAILABLE");
            state.putNull("expectedFreeAt");
            acd.send(EventType.AGENT_STATE_CHANGED, state);
            acd.awaitDecision(e -> e.path("data").path("callId").asText().equals("p1"), TextEndToEndTest.WAIT);
            org.awaitility.Awaitility.await().atMost(TextEndToEndTest.WAIT).until(() -> deadLetters(out, acd.pool()).size() == 2);
            for (ConsumerRecord<String, byte[]> letter : deadLetters(out, acd.pool())) {
                assertEquals(0, letter.value().length, "a transcript dead letter carries no value");
                assertEquals("true", AcdSimulator.header(letter, TranscriptIntake.REDACTED));
            }
            List<ConsumerRecord<String, byte[]>> published = out.drain();
            assertTrue(published.stream().anyMatch(r -> acd.pool().equals(r.key())), "the pool's records were read");
            for (ConsumerRecord<String, byte[]> record : published) {
                assertTrue(!TextEndToEndTest.text(record).contains(MARKER), record.topic() + " carries the text");
            }
            assertTrue(tablesHolding(MARKER).isEmpty(), "tables holding the text: " + tablesHolding(MARKER));
            assertTrue(!lines.isEmpty(), "the log was captured");
            assertTrue(lines.stream().noneMatch(l -> l.contains(MARKER)), "a log line carries the text");
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(OutputTopics out, String pool) {
        return out.records().stream().filter(r -> r.topic().equals("routing.dead-letter") && pool.equals(r.key())).toList();
    }

    /** Every table of the schema whose rows, as text, contain the marker (after the journal caught up). */
    private List<String> tablesHolding(String marker) throws Exception {
        Thread.sleep(1_000);
        List<String> holding = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() > 3, "tables found: " + tables);
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM \"" + table + "\" t WHERE t::text LIKE ?")) {
                    s.setString(1, "%" + marker + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
