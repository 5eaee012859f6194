package dev.attune.simulation.multiskill;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RandomStreams;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The ContactCenters "Bank" example configured from config/simulation/bank.json: 1,000 weekly
 * replications land inside the published 95% confidence intervals (shared/validation/contactcenters-bank.md).
 */
class ContactCentersBankTest {
    static final Path BANK = Path.of("config/simulation/bank.json");

    /** Published 95% intervals, 1,000 weeks. */
    static final Map<String, double[]> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("service level % [Savings]", new double[] {99.172, 99.295});
        PUBLISHED.put("service level % [Checking]", new double[] {99.431, 99.491});
        PUBLISHED.put("service level % [Account balance]", new double[] {97.237, 97.365});
        PUBLISHED.put("abandoned [Account balance]", new double[] {5.038, 5.676});
        PUBLISHED.put("occupancy % [Savings specialists]", new double[] {25.281, 25.425});
        PUBLISHED.put("occupancy % [Checking specialists]", new double[] {43.014, 43.172});
    }

    @Test
    void thousandWeeksLandInsideThePublishedConfidenceIntervals() {
        MultiSkillModel bank = MultiSkillModel.read(BANK);
        RandomStreams streams = RandomStreams.withSsjDefaultSeed(MultiSkillSimulation.streamNames(bank));
        MultiSkillReport report = new MultiSkillSimulation(bank, streams).run(1000);

        Executable[] checks = PUBLISHED.entrySet().stream().map(entry -> (Executable) () -> {
            Estimate ours = report.estimate(entry.getKey());
            double low = entry.getValue()[0];
            double high = entry.getValue()[1];
            assertTrue(ours.mean() >= low && ours.mean() <= high,
                    entry.getKey() + ": ours " + ours + " outside the published [" + low + ", " + high + "]");
        }).toArray(Executable[]::new);
        assertAll(checks);
    }
}
