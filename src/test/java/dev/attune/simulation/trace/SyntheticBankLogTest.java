package dev.attune.simulation.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.configuration.CatalogueFile;
import dev.attune.simulation.day.CapacityModel;
import dev.attune.simulation.day.DayMetric;
import dev.attune.simulation.day.LogReplay;
import dev.attune.simulation.day.LoggedMeasures;
import dev.attune.simulation.day.OutcomeModel;
import dev.attune.simulation.day.OverlayModel;
import dev.attune.simulation.day.PatienceModel;
import dev.attune.simulation.day.PolicyComparison;
import dev.attune.simulation.routing.BaselinePolicies;
import dev.attune.simulation.routing.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' stand-in for the Anonymous Bank log is read as the real one is, carries its defects, is about as busy as
 * the bank, and the calibrated longest-idle replay reproduces its waits within the calibration's 15% (issue 13, part
 * 1): the replay models the process that made it.
 */
class SyntheticBankLogTest {
    private static final Path CONFIG = Path.of("config");

    @Test
    void theLoaderReadsItAsTheBanksLogAndReportsEachPlantedDefect(@TempDir Path dir) throws Exception {
        Path file = SyntheticBankLog.write(dir).resolve("january.txt");
        assertTrue(Files.readString(file).contains("\r\n"), "CRLF line ends, as January's");
        CallLog log = AnonymousBankLog.read(file);

        assertEquals(SyntheticBankLog.DAYS, log.days().size());
        assertTrue(log.callCount() > 400 * SyntheticBankLog.DAYS, "calls: " + log.callCount());
        LogDefects defects = log.defects();
        assertEquals(SyntheticBankLog.DAYS, defects.count(AnonymousBankLog.PHANTOM), defects.describe());
        assertEquals(2 * SyntheticBankLog.DAYS, defects.count(AnonymousBankLog.HUNG_UP_IN_IVR), defects.describe());
        assertEquals(SyntheticBankLog.DAYS, defects.count(AnonymousBankLog.SERVED_BY_NO_SERVER), defects.describe());
        assertEquals(SyntheticBankLog.DAYS, defects.count(AnonymousBankLog.NEGATIVE_VRU_TIME), defects.describe());
        assertEquals(1, defects.count(AnonymousBankLog.UNKNOWN_TYPE), defects.describe());
        assertTrue(log.agents().size() >= 8, "agents: " + log.agents());
    }

    @Test
    void theSameSeedWritesTheSameLogAndItIsShapedLikeTheBanks(@TempDir Path dir) {
        CapacityModel capacity = CapacityModel.read(CONFIG.resolve("simulation/capacity.json"));
        assertEquals(SyntheticBankLog.generate(7, 2, capacity), SyntheticBankLog.generate(7, 2, capacity));
        CallLog log = AnonymousBankLog.read(SyntheticBankLog.write(dir).resolve("january.txt"));
        LoggedMeasures logged = LoggedMeasures.of(log);
        // the bank in January: ASA 35 s, abandonment 10.3%, service level 53.8%
        assertTrue(logged.asaSeconds() > 15 && logged.asaSeconds() < 70, logged.toString());
        assertTrue(logged.abandonmentPercent() > 4 && logged.abandonmentPercent() < 16, logged.toString());
        assertTrue(logged.serviceLevelPercent() > 40 && logged.serviceLevelPercent() < 80, logged.toString());
        assertTrue(log.days().values().stream().flatMap(List::stream).anyMatch(c -> c.priority() == 2));
    }

    @Test
    void theCalibratedLongestIdleReplayIsWithinFifteenPercentOfTheLog(@TempDir Path dir) {
        CallLog log = AnonymousBankLog.read(SyntheticBankLog.write(dir).resolve("january.txt"));
        CapacityModel capacity = CapacityModel.read(CONFIG.resolve("simulation/capacity.json"));
        PolicySettings settings = PolicySettings.read(CONFIG.resolve("simulation/policies.json"));
        LogReplay replay = new LogReplay(log, PatienceModel.fromLog(log), capacity,
                CatalogueFile.read(CONFIG.resolve("catalogue.json")),
                OverlayModel.read(CONFIG.resolve("simulation/overlay.json")),
                OutcomeModel.read(CONFIG.resolve("simulation/outcome-model.json")), 20240601L);
        PolicyComparison comparison = PolicyComparison.run(replay, BaselinePolicies.all(settings).stream()
                .filter(p -> p.name().equals(BaselinePolicies.LONGEST_IDLE)).toList(), 5, result -> { });

        LoggedMeasures logged = LoggedMeasures.of(log);
        for (DayMetric metric : List.of(DayMetric.ASA, DayMetric.ABANDONMENT, DayMetric.SERVICE_LEVEL)) {
            double replayed = comparison.estimate(BaselinePolicies.LONGEST_IDLE, metric).mean();
            double off = replayed / logged.value(metric) - 1;
            assertTrue(Math.abs(off) <= 0.15, metric.label() + ": log " + logged.value(metric) + ", calibrated replay "
                    + replayed + " (" + Math.round(100 * off) + "%)");
        }
    }
}
