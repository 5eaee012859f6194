package dev.attune.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.attune.configuration.ConfigDirectory;
import dev.attune.core.domain.AgentProfile;
import dev.attune.service.port.RoutingSetup;
import dev.attune.service.port.WeightChange;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On first start the database is filled from config/, and the engine's setup is read back from it. */
@QuarkusTest
class RoutingSetupStoreTest {
    @Inject
    RoutingSetupStore store;
    @Inject
    WeightHistory weights;
    @Inject
    ConfigSeed seed;

    private final ConfigDirectory config = ConfigDirectory.at("config");

    @Test
    void catalogueAndRosterAreSeededFromConfig() {
        RoutingSetup setup = store.load();
        // Every shipped product is seeded (other tests may add products to the shared database through the API).
        config.catalogue().products().forEach(p -> assertEquals(p.code(),
                setup.catalogue().product(p.code()).code()));
        assertEquals(config.catalogue().product("401K_ROLLOVER"), setup.catalogue().product("401K_ROLLOVER"));
        assertThat(setup.roster().size(), greaterThanOrEqualTo(200));
        AgentProfile firstInFile = config.roster().get(0);
        assertEquals(firstInFile, store.roster(firstInFile.poolId()).stream()
                .filter(a -> a.id().equals(firstInFile.id())).findFirst().orElseThrow());
        assertThat(store.pools(), hasItems("retail-east", "wealth-west"));
        assertFalse(setup.roster("wealth-west").isEmpty());
    }

    @Test
    void firstWeightSetComesFromConfigAndNamesTheFile() {
        List<WeightChange> history = weights.history(10_000);
        WeightChange first = history.get(history.size() - 1);
        assertEquals(config.weights(), first.after());
        assertNull(first.before());
        assertEquals(config.weightsFile().toString(), first.changedBy());
    }

    @Test
    void seedingAgainChangesNothing() {
        int agents = store.roster().size();
        int changes = weights.history(10_000).size();
        seed.ensureSeeded();
        assertEquals(agents, store.roster().size());
        assertEquals(changes, weights.history(10_000).size());
    }
}
