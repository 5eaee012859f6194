package dev.attune.simulation.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.configuration.WeightsFile;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The what-if runs the real simulator and engine on the synthetic day: weights change the numbers, luck does not. */
class SimulatedWhatIfTest {
    private static final Path CONFIG = Path.of("config");

    private final SimulatedWhatIf simulator = new SimulatedWhatIf(
            () -> CatalogueFile.read(CONFIG.resolve("catalogue.json")), CONFIG,
            new WhatIfDay("synthetic", 1, Path.of("nowhere"), CONFIG));
    private final RoutingWeights shipped = WeightsFile.read(CONFIG.resolve("weights.json"));

    @Test
    void theSameWeightsGiveTheSameDayToTheLastCall() {
        List<Double> progress = new CopyOnWriteArrayList<>();
        WhatIfComparison comparison = simulator.compare(shipped, shipped, 7, 2, progress::add);

        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.stream().allMatch(p -> p >= 0 && p <= 1), progress::toString);
        assertTrue(comparison.scenario().contains("synthetic weekday"), comparison.scenario());
        assertEquals(List.of("serviceLevel", "asa", "abandonment", "highCareTopEmpathy", "empathyMatch", "complaintRate"),
                comparison.metrics().stream().map(WhatIfComparison.Metric::name).toList());
        for (WhatIfComparison.Metric metric : comparison.metrics()) {
            assertEquals(metric.current(), metric.proposed(), metric.name());
            assertEquals(0.0, metric.difference(), metric.name());
        }
        WhatIfComparison.Metric serviceLevel = byName(comparison).get("serviceLevel");
        assertTrue(serviceLevel.current() > 0.3 && serviceLevel.current() <= 1, "a share, not a percentage: " + serviceLevel);
        assertTrue(serviceLevel.currentHalfWidth() != null, "two replications give an interval");

        WhatIfFairness fairness = comparison.fairness();
        assertEquals(fairness.flaggedCurrent(), fairness.flaggedProposed(), "the same weights flag the same segments");
        assertEquals(List.of(), fairness.newlyFlagged());
        assertEquals(0.8, fairness.band());
        assertTrue(fairness.segments().stream().map(WhatIfFairness.Segment::dimension).toList()
                .containsAll(List.of("language", "vulnerable", "product", "priority")), fairness.segments()::toString);
        long callers = fairness.segments().stream().filter(x -> x.dimension().equals("language"))
                .mapToLong(WhatIfFairness.Segment::callsProposed).sum();
        assertTrue(callers > 1000, "both replications' callers are audited: " + callers);
    }

    @Test
    void switchingEmpathyOffSendsFewerHighCareCallersToTheMostEmpatheticAgents() {
        RoutingWeights noEmpathy = shipped.with(RoutingConstraint.EMPATHY_FOR_DISTRESS, 0)
                .with(RoutingConstraint.EMOTIONAL_LOAD, 0);
        WhatIfComparison comparison = simulator.compare(shipped, noEmpathy, 7, 2, p -> { });

        WhatIfComparison.Metric highCare = byName(comparison).get("highCareTopEmpathy");
        WhatIfComparison.Metric match = byName(comparison).get("empathyMatch");
        assertTrue(highCare.difference() < 0, "high-care share should fall: " + highCare);
        assertTrue(match.difference() < 0, "empathy match should fall: " + match);
    }

    @Test
    void aProposalThatPenalisesVulnerableCallersIsFlaggedByTheAudit() {
        // The synthetic day has too few Spanish callers (12 a day) for the audit's 30-call minimum: the penalty
        // falls on the vulnerable callers (about 8%), whom the current weights serve within the band.
        SimulatedWhatIf biased = new SimulatedWhatIf(() -> CatalogueFile.read(CONFIG.resolve("catalogue.json")), CONFIG,
                new WhatIfDay("synthetic", 1, Path.of("nowhere"), CONFIG))
                .withProposedRouting(fair -> new SegmentPenalty(fair, caller -> caller.draw().vulnerable(), 120));
        WhatIfFairness fairness = biased.compare(shipped, shipped, 7, 2, p -> { }).fairness();

        assertFalse(fairness.flaggedCurrent().contains("vulnerable=true"), "without the penalty: " + fairness);
        assertTrue(fairness.newlyFlagged().contains("vulnerable=true"), "with it: " + fairness);
        WhatIfFairness.Segment vulnerable = fairness.segments().stream()
                .filter(x -> x.dimension().equals("vulnerable") && x.segment().equals("true")).findFirst().orElseThrow();
        assertTrue(vulnerable.lowestProposed() < 0.8 && vulnerable.lowestCurrent() >= 0.8, vulnerable::toString);
        assertFalse(fairness.newlyFlagged().contains("vulnerable=false"), fairness::toString);
    }

    @Test
    void withTheAnonymousBankLogAtHandItsFirstDaysAreReplayedAndTheSourceNamed() {
        Path data = Path.of("../shared/data/anonymous-bank");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("january.txt")), "no Anonymous Bank log here");
        SimulatedWhatIf onTheLog = new SimulatedWhatIf(() -> CatalogueFile.read(CONFIG.resolve("catalogue.json")), CONFIG,
                new WhatIfDay("auto", 1, data, CONFIG));
        WhatIfComparison comparison = onTheLog.compare(shipped, shipped, 7, 1, p -> { });

        assertTrue(comparison.scenario().startsWith("Anonymous Bank call log, january 1999, first 1 day"),
                comparison.scenario());
        assertTrue(comparison.scenario().contains("Technion SEE lab"), comparison.scenario());
        assertEquals(null, byName(comparison).get("asa").differenceHalfWidth(), "one replication has no interval");
    }

    private static Map<String, WhatIfComparison.Metric> byName(WhatIfComparison comparison) {
        return comparison.metrics().stream().collect(Collectors.toMap(WhatIfComparison.Metric::name, Function.identity()));
    }
}
