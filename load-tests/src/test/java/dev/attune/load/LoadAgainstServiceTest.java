package dev.attune.load;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Channel;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A few seconds of the load generator at a low rate against the service under test, over the real
 * embedded broker and the sample roster: as an ACD would check it, every call placed gets exactly one
 * offer and none is lost; on a voice and chat mix, on every channel.
 */
@QuarkusTest
class LoadAgainstServiceTest {

    @Test
    void everyCallGetsExactlyOneOfferAndNoneIsLost() throws Exception {
        List<AgentProfile> roster = ServiceConfig.roster(Path.of("config"));
        Catalogue catalogue = ServiceConfig.catalogue(Path.of("config"));
        try (LoadSession session = new LoadSession(LocalInfrastructureResource.bootstrapServers(), roster,
                CallMix.servableBy(roster, catalogue), 11, 50)) {
            session.logIn(Duration.ofSeconds(10), () -> given().get("/q/metrics").asString());

            // Up to a minute for the last calls: a caller of a rare kind (one Spanish-speaking bereavement agent
            // in a pool) waits for that agent's call to end, and handle times here are about 10 s, exponential.
            // The step ends as soon as every call holds an offer.
            StepResult step = session.step(10, 4, 0.5, Duration.ofSeconds(60),
                    () -> given().get("/q/metrics").asString(), () -> true);

            List<String> late = session.slowOrNeverOffered(1_000);
            System.out.println(LoadReport.header() + "\n" + LoadReport.row(step, 25)
                    + "\ncalls first offered after 1 s or never: " + late);
            assertTrue(step.calls() >= 20, "calls placed: " + step.calls());
            assertEquals(0, step.errors(), step.errorDetail() + " " + session.deadLetterReasons());
            assertEquals(step.calls(), step.offered(), "calls offered; late or never: " + late);
            assertEquals(0, step.lost(), "calls never offered: " + late);
            assertEquals(0, step.duplicated(), "calls offered twice");
        }
    }

    /**
     * The --channel-mix path of the load generator: agents staffed for 70% voice and 30% chat (1 voice call, or
     * up to 3 chats), hired through the REST API into a pool of their own, then a few seconds of the mix.
     */
    @Test
    void aVoiceAndChatMixLosesAndDuplicatesNoCallOnEitherChannel() throws Exception {
        ChannelShares shares = ChannelShares.parse("voice=0.7,chat=0.3");
        Catalogue catalogue = ServiceConfig.catalogue(Path.of("config"));
        String pool = "load-mix-" + UUID.randomUUID().toString().substring(0, 8);
        List<AgentProfile> roster = shares.staff(LoadRoster.generate(40, catalogue, 5)).stream()
                .map(a -> new AgentProfile(pool + a.id().substring(LoadRoster.POOL.length()), pool, a.displayName(),
                        a.skills(), a.languages(), a.licences(), a.empathy(), a.capacity()))
                .toList();
        roster.forEach(LoadAgainstServiceTest::hire);
        // The engine knows every agent (a state for one it does not know would be a dead letter).
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/workers?pool=" + pool)
                .then().statusCode(200).extract().jsonPath().getList("state").stream()
                .filter(java.util.Objects::nonNull).count() == roster.size());
        try (LoadSession session = new LoadSession(LocalInfrastructureResource.bootstrapServers(), roster,
                CallMix.servableBy(roster, catalogue).onChannels(shares), 13, 50)) {
            session.logIn(Duration.ofSeconds(10), null);

            // as above: the step ends as soon as every call holds an offer; 40 agents make rare kinds rarer still
            StepResult step = session.step(10, 4, 0.5, Duration.ofSeconds(60), null, () -> true);

            List<String> late = session.slowOrNeverOffered(1_000);
            System.out.print(ChannelReport.of(session.lastStepTallies(), shares, 10)
                    + "calls first offered after 1 s or never: " + late + "\n");
            for (Channel channel : shares.shares().keySet()) {
                CallLedger.ChannelTally tally = session.lastStepTallies().channel(channel);
                assertTrue(tally.arrived() > 0, channel + " calls placed: " + tally.arrived());
                assertEquals(tally.arrived(), tally.offered(), channel + " calls offered; late or never: " + late);
                assertEquals(0, tally.lost(), channel + " calls never offered: " + late);
                assertEquals(0, tally.duplicated(), channel + " calls offered twice");
                assertEquals(0, tally.conflicts(), channel + " offers for an agent with no free " + channel + " slot");
            }
            assertEquals(0, step.errors(), step.errorDetail() + " " + session.deadLetterReasons());
        }
    }

    private static void hire(AgentProfile agent) {
        StringBuilder capacity = new StringBuilder();
        for (Channel channel : Channel.values()) {
            if (agent.capacity().of(channel) > 0) {
                capacity.append(capacity.length() == 0 ? "" : ", ").append('"').append(channel).append("\": ")
                        .append(agent.capacity().of(channel));
            }
        }
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "pool": "%s", "skills": %s, "languages": %s, "licences": %s, "empathy": %s,
                 "capacity": {%s}}""".formatted(agent.id(), agent.poolId(), json(agent.skills()),
                json(agent.languages()), json(agent.licences()), agent.empathy(), capacity))
                .post("/api/v1/workers").then().statusCode(201);
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
