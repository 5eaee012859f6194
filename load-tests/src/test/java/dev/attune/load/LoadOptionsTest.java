package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Steps long enough to judge, unless asked for a quick smoke run; unknown options refused with the usage. */
class LoadOptionsTest {

    @Test
    void stepsLastAMinuteByDefaultAndShorterOnesNeedQuick() {
        assertEquals(60, LoadOptions.parse().stepSeconds());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.parse("--step-seconds", "15"));
        assertTrue(tooShort.getMessage().contains("--quick"), tooShort.getMessage());
        LoadOptions quick = LoadOptions.parse("--quick");
        assertTrue(quick.quick());
        assertEquals(10, quick.stepSeconds());
    }

    @Test
    void noHiddenWarmUpButAColdStepByDefault() {
        LoadOptions options = LoadOptions.parse();
        assertEquals(0, options.warmupSeconds());
        assertEquals(200, options.coldRate());
        assertTrue(!options.coldAfterRestart(), "a fresh stack unless asked");
        assertTrue(LoadOptions.parse("--cold-after-restart").coldAfterRestart());
    }

    @Test
    void unknownOptionsAreRefusedWithTheUsage() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.parse("--step", "60"));
        assertTrue(unknown.getMessage().startsWith("unknown option --step"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("LoadTest ["), unknown.getMessage());
    }

    @Test
    void aQuickStepIsNeverCalledSustained() {
        StepResult quick = step(true);
        assertTrue(quick.keptPace());
        assertTrue(!quick.sustained());
        assertTrue(LoadReport.verdict(quick, 25).startsWith("quick step, not judged"));
        assertTrue(step(false).sustained());
    }

    private static StepResult step(boolean quick) {
        return new StepResult("", quick, 200, 100, 100, 100, 6_000, 6_000, 5, 8, 12, 20, 1, 4, 9, 1, 3_000, 0, "", 0, 0,
                0, 0.3, 200, 150, 3, 10, 2.5, 1.0, false);
    }
}
