package dev.attune.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.CallOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmpathyModelTest {
    private final EmpathyModel model = new EmpathyModel(LearningSettings.defaults());

    /** Ten agents whose true empathy is their configured score, except agent-star (configured 0.4, truly 0.95). */
    private static Map<String, Double> configured() {
        Map<String, Double> configured = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            configured.put("agent-" + i, 0.3 + 0.05 * i);
        }
        configured.put("agent-star", 0.4);
        return configured;
    }

    private static double truth(String agent, Map<String, Double> configured) {
        return agent.equals("agent-star") ? 0.95 : configured.get(agent);
    }

    /** Calls spread evenly over the agents, except {@code starCalls} for the star; outcomes depend on true empathy. */
    private static List<ServedCall> calls(Map<String, Double> configured, int perAgent, int starCalls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ServedCall> calls = new ArrayList<>();
        configured.keySet().forEach(agent -> {
            int count = agent.equals("agent-star") ? starCalls : perAgent;
            for (int i = 0; i < count; i++) {
                double care = random.nextDouble();
                double distress = care;
                double empathy = truth(agent, configured);
                boolean resolved = random.nextDouble() < 1 / (1 + Math.exp(-(2 - 2 * care * (1 - empathy))));
                double end = Math.max(0, Math.min(1, distress * (1 - 0.6 * empathy) + 0.1 * random.nextGaussian()));
                calls.add(new ServedCall(agent, i % 2 == 0 ? "IRA" : "HSA", care, random.nextDouble(), distress,
                        resolved ? CallOutcome.RESOLVED : CallOutcome.CALLBACK, null, end));
            }
        });
        return calls;
    }

    @Test
    void anEmpatheticAgentsLearnedScoreRisesAfterGoodOutcomes() {
        Map<String, Double> configured = configured();
        LearnedEmpathy star = model.fit(calls(configured, 300, 300, 1), configured).agents().get("agent-star");

        assertTrue(star.learned() > 0.75, "learned " + star);
        assertTrue(star.lower() > 0.4, "interval above the configured 0.4: " + star);
        assertTrue(star.upper() >= star.learned());
        assertEquals(300, star.calls());
    }

    @Test
    void thinEvidenceStaysNearTheConfiguredScoreWithAWideInterval() {
        Map<String, Double> configured = configured();
        Map<String, LearnedEmpathy> agents = model.fit(calls(configured, 300, 3, 2), configured).agents();
        LearnedEmpathy thin = agents.get("agent-star");
        LearnedEmpathy rich = agents.get("agent-5");

        assertTrue(Math.abs(thin.learned() - 0.4) < Math.abs(0.95 - thin.learned()), "thin " + thin);
        assertTrue(thin.upper() - thin.lower() > rich.upper() - rich.lower(), thin + " vs " + rich);
    }

    @Test
    void anAgentWithNoCallsKeepsTheConfiguredScore() {
        Map<String, Double> configured = new LinkedHashMap<>(configured());
        configured.put("agent-new", 0.66);
        LearnedEmpathy fresh = model.fit(calls(configured(), 200, 200, 3), configured).agents().get("agent-new");

        assertEquals(0.66, fresh.learned());
        assertEquals(0, fresh.calls());
        assertTrue(fresh.lower() < 0.66);
    }

    @Test
    void tooFewCallsOrNoSpreadInConfiguredScoresLearnNothing() {
        Map<String, Double> flat = new LinkedHashMap<>();
        configured().keySet().forEach(agent -> flat.put(agent, 0.5));
        EmpathyModel.Fit noAnchor = model.fit(calls(configured(), 50, 50, 4), flat);
        EmpathyModel.Fit tiny = model.fit(calls(configured(), 1, 1, 5), configured());

        noAnchor.agents().values().forEach(a -> assertEquals(0.5, a.learned()));
        assertEquals(0.4, tiny.agents().get("agent-star").learned());
    }

    @Test
    void blendedScoresWeighLearnedAgainstConfigured() {
        LearnedEmpathy score = new LearnedEmpathy("a", 0.4, 0.8, 0.7, 0.9, 100);

        assertEquals(0.4, score.routed(ScoreSource.CONFIGURED, 0.5));
        assertEquals(0.8, score.routed(ScoreSource.LEARNED, 0.5));
        assertEquals(0.5, score.routed(ScoreSource.BLENDED, 0.25));
    }
}
