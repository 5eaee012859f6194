package dev.attune.simulation.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.simulation.trace.AnonymousBankLog;
import dev.attune.simulation.trace.CallLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capacity model: the after-call gaps the log shows, the quantile function, and its effect on the replay. */
class CapacityModelTest {
    static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time"
            + "\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver";

    @Test
    void aGapCountsOnlyWhenACallerWasWaitingAsTheCallEnded(@TempDir Path dir) throws Exception {
        String log = String.join("\n", HEADER,
                // DANA: 9:00-9:02, then 9:02:30 (a caller waits 9:01-9:02:30: gap 30 s counts)
                "AA\t1\t0\t1\tPS\t990101\t8:59:50\t9:00:00\t10\t0:00:00\t0:00:00\t0\tAGENT\t9:00:00\t9:02:00\t120\tDANA",
                "AA\t2\t0\t1\tPS\t990101\t9:00:50\t9:01:00\t10\t9:01:00\t9:02:30\t90\tAGENT\t9:02:30\t9:04:30\t120\tDANA",
                // then 9:10, nobody waiting at 9:04:30: the 330 s gap is idle time, not after-call time
                "AA\t3\t0\t1\tPS\t990101\t9:09:50\t9:10:00\t10\t0:00:00\t0:00:00\t0\tAGENT\t9:10:00\t9:11:00\t60\tDANA",
                "");
        Path file = Files.writeString(dir.resolve("test.txt"), log);
        CallLog calls = AnonymousBankLog.read(file);
        assertEquals(List.of(30.0), CapacityFit.afterCallGaps(calls, 1800));
    }

    @Test
    void quantilesInterpolateAndScale() {
        CapacityModel model = new CapacityModel("t", "january", new double[] {0, 10, 100}, 2, 1);
        assertEquals(0, model.afterCallSeconds(0), 1e-9);
        assertEquals(20, model.afterCallSeconds(0.5), 1e-9);
        assertEquals(110, model.afterCallSeconds(0.75), 1e-9);
        assertEquals(2 * (5 + 55) / 2.0, model.meanAfterCallSeconds(), 1e-9);
        assertTrue(CapacityModel.LIGHT.light());
        assertThrows(IllegalArgumentException.class, () -> new CapacityModel("t", "x", new double[] {5, 1}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new CapacityModel("t", "x", new double[] {0, 1}, 1, 0));
    }

    @Test
    void theShippedModelIsFittedOnJanuaryAndMakesTheReplayBusier() {
        CapacityModel shipped = CapacityModel.read(Path.of("config/simulation/capacity.json"));
        assertEquals("january", shipped.fittedOn());
        LogReplay light = SyntheticDayReplayTest.replay(3);
        LogReplay busy = SyntheticDayReplayTest.replay(3, shipped);
        PolicyFactory longestIdle = SyntheticDayReplayTest.baselines().get(0);
        DayResult before = light.run(light.replication(0), longestIdle);
        DayResult after = busy.run(busy.replication(0), longestIdle);
        assertTrue(after.value(DayMetric.ASA) > before.value(DayMetric.ASA),
                "after-call time must lengthen waits: " + before.values() + " vs " + after.values());
        assertTrue(after.value(DayMetric.HIGH_CARE_CEILING) <= 100 && after.value(DayMetric.HIGH_CARE_CEILING) > 0);
    }
}
