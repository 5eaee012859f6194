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

            StepResult step = session.step(10, 4, 0.5, Duration.ofSeconds(10),
                    () -> given().get("/q/metrics").asString(), () -> true);

            System.out.println(LoadReport.header() + "\n" + LoadReport.row(step, 25));
            System.out.println("[diag] slow or never offered: " + session.slowOrNeverOffered(500));
            assertTrue(step.calls() >= 20, "calls placed: " + step.calls());
            assertEquals(step.calls(), step.offered(), "calls offered");
            assertEquals(0, step.lost(), "calls never offered");
            assertEquals(0, step.duplicated(), "calls offered twice");
            assertEquals(0, step.errors(), step.errorDetail() + " " + session.deadLetterReasons());
        }
    }
}
