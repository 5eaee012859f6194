package dev.attune.core.engine;

import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a decision into what compliance stores and the agent reads: every constraint's contribution,
 * the top reasons in words (the terms where the chosen agent beat the runner-up most), a whisper, and
 * the runners-up.
 */
final class Explainer {
    private static final int TOP_REASONS = 3;

    private Explainer() {
    }

    static Explanation explain(Decision decision, EngineConfig config, Instant now) {
        RoutingWeights weights = config.weights();
        CallFacts call = decision.callFacts();
        List<ConstraintContribution> contributions;
        List<String> reasons = new ArrayList<>();
        if (decision.note() != null) {
            reasons.add(decision.note());
        }
        try {
            MatchScore chosen = MatchScore.of(call, decision.agentFacts(), weights);
            contributions = chosen.contributions();
            MatchScore runnerUp = decision.runnersUp().isEmpty() ? null
                    : MatchScore.of(call, decision.runnersUp().get(0).agentFacts(), weights);
            reasons.addAll(termReasons(chosen, runnerUp));
            if (runnerUp == null && decision.path() == DecisionPath.DECIDER
                    && decision.note() == null) {
                reasons.add(0, "Only eligible agent free now");
            }
        } catch (RuntimeException e) {
            contributions = List.of(); // fallback decisions must not fail on the scoring they stand in for
        }
        List<String> alternatives = decision.runnersUp().stream().map(c -> c.agent().id()).toList();
        String whisper = Whisper.forCall(decision.call().call, call.product(), now, config.careModel());
        return new Explanation(contributions, reasons, whisper, call.careNeed(), alternatives);
    }

    /** Sentences for the soft terms where the chosen agent did best (against the runner-up when there is one). */
    static List<String> termReasons(MatchScore chosen, MatchScore runnerUp) {
        record Edge(RoutingConstraint constraint, long advantage) {
        }
        List<Edge> edges = new ArrayList<>();
        for (RoutingConstraint constraint : chosen.soft().keySet()) {
            long advantage = runnerUp == null ? chosen.of(constraint) : chosen.of(constraint) - runnerUp.of(constraint);
            if (runnerUp == null || advantage > 0) {
                edges.add(new Edge(constraint, advantage));
            }
        }
        edges.sort(Comparator.comparingLong((Edge e) -> -e.advantage()).thenComparing(Edge::constraint));
        List<String> sentences = new ArrayList<>();
        for (Edge edge : edges) {
            if (sentences.size() == TOP_REASONS) {
                break;
            }
            String sentence = sentence(edge.constraint(), chosen.call(), chosen.agent(), runnerUp != null);
            if (sentence != null) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static String sentence(RoutingConstraint constraint, CallFacts call, AgentFacts agent,
            boolean comparative) {
        double care = call.careNeed().value();
        return switch (constraint) {
            case EMPATHY_FOR_DISTRESS -> care < 0.1 ? null : String.format(Locale.ROOT,
                    "Empathy %.2f for a caller needing %s (care %.2f)", agent.empathy(),
                    call.careNeed().describe(), care);
            case PROFICIENCY_FOR_STAKES -> String.format(Locale.ROOT, "Proficiency %d/5 in %s with stakes %.2f",
                    agent.profile().proficiency(call.requiredSkill()), call.requiredSkill(),
                    call.careNeed().stakes());
            case WAIT_TIME -> agent.isFreeNow()
                    ? (comparative ? "Free now: the caller waits no longer" : null)
                    : String.format(Locale.ROOT, "Worth a short hold: free in about %d s",
                            agent.secondsUntilFree());
            case EMOTIONAL_LOAD -> String.format(Locale.ROOT, "Low recent emotional load (%.2f)",
                    agent.emotionalLoad());
            case AGENT_FAIRNESS -> String.format(Locale.ROOT, "Idle %d s, occupancy %.0f%%: spreads the work",
                    agent.idleSeconds(), 100 * agent.occupancy());
            case CUSTOMER_CONTINUITY -> agent.id().equals(call.call().lastAgentId())
                    ? "Served this customer last time" : null;
            case SCARCE_SKILLS -> comparative ? "Keeps scarcer skills free for other queues" : null;
            default -> null;
        };
    }
}
