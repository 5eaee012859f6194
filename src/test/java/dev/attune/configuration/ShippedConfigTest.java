package dev.attune.configuration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.ChannelCounts;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.roster.RosterGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files in config/ load, and describe a contact centre a workforce manager would recognise. */
class ShippedConfigTest {
    private final ConfigDirectory config = ConfigDirectory.at("config");

    @Test
    void catalogueHasTheFinancialServicesProducts() {
        Catalogue catalogue = config.catalogue();
        assertThat(catalogue.products().stream().map(Product::code).toList(), contains("401K_ROLLOVER", "IRA", "HSA",
                "FSA", "FRAUD_DISPUTE", "CARD_SERVICES", "MORTGAGE_HARDSHIP", "BEREAVEMENT", "GENERAL"));
        assertEquals("FINRA_SERIES_7", catalogue.product("401K_ROLLOVER").requiredLicence());
        assertEquals("NMLS", catalogue.product("MORTGAGE_HARDSHIP").requiredLicence());
        assertThat(catalogue.product("GENERAL").requiredLicence(), nullValue());
        assertEquals(0.8, catalogue.product("CARD_SERVICES").serviceLevel().share());
        assertEquals(20, catalogue.product("CARD_SERVICES").serviceLevel().thresholdSeconds());
        assertThat(catalogue.product("BEREAVEMENT").baseDistress(),
                greaterThan(catalogue.product("CARD_SERVICES").baseDistress()));
    }

    @Test
    void rosterHasTwoPoolsOfAtLeast200AgentsWithScarceLicencesAndLanguages() {
        List<AgentProfile> roster = config.roster();
        assertThat(roster.size(), greaterThanOrEqualTo(200));
        assertThat(roster.stream().map(AgentProfile::poolId).distinct().toList(),
                containsInAnyOrder("retail-east", "wealth-west"));
        assertTrue(roster.stream().allMatch(a -> a.speaks("en") && a.capacity().equals(ChannelCounts.ONE_VOICE)));
        long finra = roster.stream().filter(a -> a.licences().contains("FINRA_SERIES_7")).count();
        long spanish = roster.stream().filter(a -> a.speaks("es")).count();
        assertThat(finra, greaterThanOrEqualTo(5L));
        assertThat(finra, lessThanOrEqualTo(roster.size() / 10L));
        assertThat(spanish, greaterThanOrEqualTo(5L));
        assertThat(spanish, lessThanOrEqualTo(roster.size() / 5L));
    }

    @Test
    void everyProductCanBeServedInEnglishByAtLeastFiveAgents() {
        List<AgentProfile> roster = config.roster();
        for (Product product : config.catalogue().products()) {
            long qualified = roster.stream().filter(a -> a.qualifiesFor(product, "en")).count();
            assertThat(product.code(), qualified, greaterThanOrEqualTo(5L));
        }
    }

    @Test
    void rosterFileIsExactlyWhatTheSeededGeneratorWrites() throws Exception {
        String regenerated = RosterFile.toJson(RosterGenerator.roster(RosterGenerator.SAMPLE_SEED));
        assertEquals(regenerated, Files.readString(Path.of("config", RosterFile.FILE_NAME)));
    }

    @Test
    void weightsGiveEveryConstraintAPositiveWeight() {
        RoutingWeights weights = config.weights();
        for (RoutingConstraint constraint : RoutingConstraint.values()) {
            assertThat(constraint.displayName(), weights.of(constraint), greaterThan(0L));
        }
        assertThat(weights.of(RoutingConstraint.EMPATHY_FOR_DISTRESS),
                greaterThan(weights.of(RoutingConstraint.AGENT_FAIRNESS)));
    }

    @Test
    void rosterSurvivesAWriteAndReadBack() {
        List<AgentProfile> roster = config.roster();
        assertThat(RosterFile.parse(RosterFile.toJson(roster), "round-trip"), is(roster));
    }
}
