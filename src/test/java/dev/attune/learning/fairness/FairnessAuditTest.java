package dev.attune.learning.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.CallOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FairnessAuditTest {
    private static final FairnessRules RULES = new FairnessRules(List.of("channel"), 0.8, 30, 0.9);

    /** Calls in en and es; a penalty on es sends them to the least empathetic agents after a longer wait. */
    static List<SegmentedCall> calls(double esPenalty, int perLanguage) {
        SplittableRandom random = new SplittableRandom(7);
        List<SegmentedCall> calls = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            double penalty = language.equals("es") ? esPenalty : 0;
            for (int i = 0; i < perLanguage; i++) {
                boolean topEmpathy = random.nextDouble() < 0.5 * (1 - penalty);
                double wait = 10 + 60 * penalty + 20 * random.nextDouble();
                CallOutcome outcome = random.nextDouble() < 0.7 ? CallOutcome.RESOLVED : CallOutcome.CALLBACK;
                calls.add(new SegmentedCall("p", "GENERAL", language, 0, false,
                        Map.of("channel", i % 2 == 0 ? "voice" : "chat"), BenchmarkArm.ATTUNE, false, wait,
                        wait <= 30, topEmpathy, random.nextBoolean(), 0.5, topEmpathy ? 0.9 : 0.4, outcome, 4));
            }
        }
        return calls;
    }

    @Test
    void aPenaltyOnOneLanguageIsFlagged() {
        List<SegmentReport> report = new FairnessAudit(RULES).audit(calls(0.8, 200));
        SegmentReport es = segment(report, "language", "es");
        assertTrue(es.flagged());
        Disparity empathy = es.disparities().stream().filter(d -> d.rate() == FavourableRate.TOP_EMPATHY).findFirst()
                .orElseThrow();
        assertEquals("en", empathy.bestSegment());
        assertTrue(empathy.ratio() < 0.8 && empathy.upper() < 0.8, empathy.toString());
        assertTrue(empathy.lower() <= empathy.ratio() && empathy.ratio() <= empathy.upper());
        assertFalse(segment(report, "language", "en").flagged());
        assertFalse(segment(report, "channel", "voice").flagged(), "the channel was not penalised");
        assertTrue(es.measures().asaSeconds().value() > segment(report, "language", "en").measures().asaSeconds().value());
    }

    @Test
    void withoutThePenaltyNothingIsFlagged() {
        List<SegmentReport> report = new FairnessAudit(RULES).audit(calls(0, 400));
        assertTrue(report.stream().noneMatch(SegmentReport::flagged), report.toString());
    }

    @Test
    void aSmallSegmentIsReportedButNotFlagged() {
        List<SegmentReport> report = new FairnessAudit(RULES).audit(calls(0.9, 10));
        assertEquals(10, segment(report, "language", "es").measures().calls());
        assertFalse(segment(report, "language", "es").flagged());
    }

    @Test
    void theArmComparisonShowsBothArmsAndTheirDifference() {
        List<SegmentedCall> calls = new ArrayList<>();
        for (SegmentedCall call : calls(0, 100)) {
            calls.add(call);
        }
        calls.addAll(calls(0.8, 100).stream().filter(c -> c.language().equals("es")).map(c -> new SegmentedCall(
                c.poolId(), c.productCode(), c.language(), c.priority(), c.vulnerable(), c.attributes(),
                BenchmarkArm.CONTROL, c.abandoned(), c.waitSeconds(), c.withinServiceLevel(), c.topEmpathy(),
                c.topProficiency(), c.careNeed(), c.agentEmpathy(), c.outcome(), c.csat())).toList());
        ArmComparison arms = ArmComparison.of(calls, 0.9);
        assertEquals(200, arms.attune().calls());
        assertEquals(100, arms.control().calls());
        assertEquals(1 / 3.0, arms.controlShare(), 1e-9);
        Estimate asa = arms.difference().asaSeconds();
        assertTrue(asa.upper() < 0, "Attune answers faster: " + asa);
        assertTrue(arms.difference().empathyMatch().lower() > 0, "and with more empathy: " + arms.difference().empathyMatch());
    }

    private static SegmentReport segment(List<SegmentReport> report, String dimension, String segment) {
        return report.stream().filter(s -> s.dimension().equals(dimension) && s.segment().equals(segment)).findFirst()
                .orElseThrow();
    }
}
