package dev.attune.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A profile change sent as agent.profile-changed on Kafka is stored in the roster and audited like one made
 * over REST: the audit row names the sending system and the event.
 */
@QuarkusTest
class ProfileChangeOverKafkaTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final AcdSimulator acd = new AcdSimulator("profiles");

    @AfterEach
    void close() {
        acd.close();
    }

    @Test
    void aProfileFromKafkaIsStoredAndAudited() {
        String agent = acd.agent("kim");
        ObjectNode first = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent);
        first.putObject("skills").put("GENERAL", 3);
        String created = acd.send(EventType.AGENT_PROFILE_CHANGED, first);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/workers/" + agent).then()
                .statusCode(200).body("skills.GENERAL", equalTo(3)).body("pool", equalTo(acd.pool())));

        ObjectNode second = SampleEvents.data(EventType.AGENT_PROFILE_CHANGED).put("agentId", agent);
        second.putObject("skills").put("GENERAL", 5);
        acd.send(EventType.AGENT_PROFILE_CHANGED, second);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/workers/" + agent + "/history")
                .then().statusCode(200).body("$", hasSize(2))
                .body("[0].before", nullValue())
                .body("[0].changedBy", startsWith("kafka:"))
                .body("[0].reason", startsWith("dev.attune.agent.profile-changed " + created + " from acd.agents/"))
                .body("[1].before.skills.GENERAL", equalTo(3))
                .body("[1].after.skills.GENERAL", equalTo(5)));
    }
}
