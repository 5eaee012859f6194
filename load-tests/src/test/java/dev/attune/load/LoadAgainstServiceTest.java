package dev.attune.load;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A few seconds of the load generator at a low rate against the service under test, over the real
 * embedded broker and the sample roster: as an ACD would check it, every call placed gets exactly one
 * offer and none is lost.
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
}
