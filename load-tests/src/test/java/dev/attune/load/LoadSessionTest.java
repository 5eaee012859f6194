package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.local.LocalKafka;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The load generator's own bookkeeping, against a stub router on the real embedded broker: an honest
 * router gets a clean report, and a router that offers a call twice or never is caught.
 */
class LoadSessionTest {
    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Product("IRA", "IRA", "RETIREMENT", 2, null, 0.6, 0.3, new ServiceLevelTarget(0.8, 30)),
            new Product("FRAUD_DISPUTE", "Fraud", "FRAUD", 2, null, 0.75, 0.7, new ServiceLevelTarget(0.9, 15))));
    private static final List<AgentProfile> ROSTER = LoadRoster.generate(30, CATALOGUE, 1);

    private static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.start();
        KafkaClients.ensureTopics(kafka.bootstrapServers(), 1);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void everyCallGetsExactlyOneOfferFromAnHonestRouter() throws Exception {
        try (StubRouter router = new StubRouter(kafka.bootstrapServers(), 0, 0);
             LoadSession session = session()) {
            session.logIn(Duration.ofSeconds(1), null);

            StepResult step = session.step(20, 3, 0.5, Duration.ofSeconds(5), null, () -> true);

            assertTrue(step.calls() > 20, "calls placed: " + step.calls());
            assertEquals(step.calls(), step.offered(), "every call offered");
            assertEquals(0, step.lost(), "lost");
            assertEquals(0, step.duplicated(), "duplicated");
            assertEquals(0, step.errors(), step.errorDetail());
            assertTrue(step.p99() > 0 && step.p99() < 1_000, "p99 " + step.p99());
            assertTrue(step.hopP50() > 0, "the broker's own hop is measured in the same step");
            // Whether the step kept up with the asked rate (StepResult.sustained) is a throughput verdict that a
            // loaded 2-core machine can flip; the bookkeeping above is what this test is for.
        }
    }

    @Test
    void aRouterThatOffersCallsTwiceOrNeverIsCaught() throws Exception {
        try (StubRouter router = new StubRouter(kafka.bootstrapServers(), 5, 7);
             LoadSession session = session()) {
            session.logIn(Duration.ofSeconds(1), null);

            StepResult step = session.step(20, 3, 0.5, Duration.ofSeconds(2), null, () -> true);

            assertTrue(step.duplicated() > 0, "duplicates caught: " + step.duplicated());
            assertTrue(step.lost() > 0, "lost calls caught: " + step.lost());
            assertFalse(step.sustained());
            assertTrue(LoadReport.row(step, 25).contains("NOT SUSTAINED"));
        }
    }

    private static LoadSession session() {
        return new LoadSession(kafka.bootstrapServers(), ROSTER, CallMix.servableBy(ROSTER, CATALOGUE), 3, 50);
    }
}
