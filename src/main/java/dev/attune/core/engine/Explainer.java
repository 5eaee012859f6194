package dev.attune.core.engine;

import dev.attune.core.domain.ConstraintContribution;
import dev.attune.core.domain.Explanation;
import dev.attune.core.domain.RelaxationRing;
import dev.attune.core.domain.RelaxationRings;
import dev.attune.core.domain.RoutingConstraint;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns a decision into what compliance stores and the agent reads: every constraint's contribution,
 * every hard rule checked, the top reasons in words (the terms where the chosen agent beat the runner-up
 * most, and a tie when there was one), a whisper, and the agents passed over with why.
 */
final class Explainer {
    private static final int TOP_REASONS = 3;

    private Explainer() {
    }

    /**
     * {@code scan} finds the runners-up of a decision whose path did not compare agents (an agent taking its most
     * urgent call, the plan, the fallback, the control arm), as the decider would have ranked them.
     */
    static Explanation explain(Decision decision, PoolState pool, Instant now,
            Function<Decision, List<Decision.Candidate>> scan) {
        EngineConfig config = pool.config();
        RoutingWeights weights = config.weights();
        CallFacts call = decision.callFacts();
        List<ConstraintContribution> contributions;
        List<String> reasons = new ArrayList<>();
        List<String> passedOver = List.of();
        if (decision.note() != null) {
            reasons.add(decision.note());
        }
        try {
            MatchScore chosen = MatchScore.of(call, decision.agentFacts(), weights);
            contributions = chosen.contributions();
            List<MatchScore> runnersUp = PassedOver.runnersUp(decision, pool, scan);
            MatchScore runnerUp = runnersUp.isEmpty() ? null : runnersUp.get(0);
            if (runnerUp != null && runnerUp.total() == chosen.total()) {
                reasons.add("Tie with " + runnerUp.agent().id() + " at " + chosen.total() + " points: "
                        + PassedOver.tieBreak(decision, chosen, runnerUp));
            }
            reasons.addAll(termReasons(chosen, runnerUp));
            if (runnerUp == null && decision.note() == null) {
                reasons.add(0, "Only eligible agent free now");
            }
            passedOver = PassedOver.lines(decision, chosen, runnersUp, pool);
        } catch (RuntimeException e) {
            contributions = List.of(); // fallback decisions must not fail on the scoring they stand in for
        }
        String ring = ring(call);
        if (ring != null) {
            reasons.add(ring);
        }
        List<String> alternatives = decision.runnersUp().stream().map(c -> c.agent().id()).toList();
        String whisper = Whisper.forCall(decision.call().call, call.product(), now, config.careModel());
        return new Explanation(contributions, reasons, whisper, call.careNeed(), alternatives,
                HardRules.checked(call.call(), call.product(), decision.agent()), passedOver);
    }

    /** The relaxation ring the call was routed in, or null when its product has none. */
    static String ring(CallFacts call) {
        List<RelaxationRing> rings = call.product().rings();
        int index = RelaxationRings.indexAt(rings, call.waitSeconds());
        if (index < 0) {
            return null;
        }
        RelaxationRing ring = rings.get(index);
        if (ring.isOverflow()) {
            return String.format(Locale.ROOT, "Relaxation ring %d of %d (overflow): %s %d+ or %s %d+ from %d s of"
                    + " waiting (waited %d s)", index + 1, rings.size(), call.requiredSkill(),
                    call.product().minimumProficiency(), ring.overflowSkill(), ring.minimumProficiency(),
                    ring.afterSeconds(), call.waitSeconds());
        }
        return String.format(Locale.ROOT, "Relaxation ring %d of %d: %s %d+ from %d s of waiting (waited %d s)",
                index + 1, rings.size(), call.requiredSkill(), ring.minimumProficiency(), ring.afterSeconds(),
                call.waitSeconds());
    }

    /**
     * Sentences for the soft terms where the chosen agent did better than the runner-up, or, without one, the
     * terms that earned it points (continuity): a term that cost the chosen agent points is never a reason.
     */
    static List<String> termReasons(MatchScore chosen, MatchScore runnerUp) {
        record Edge(RoutingConstraint constraint, long advantage) {
        }
        List<Edge> edges = new ArrayList<>();
        for (RoutingConstraint constraint : chosen.soft().keySet()) {
            // Without a runner-up only a term that earned points is a reason: one that cost points never is.
            long advantage = runnerUp == null ? chosen.of(constraint) : chosen.of(constraint) - runnerUp.of(constraint);
            if (advantage > 0) {
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
            case EMPATHY_RESERVE -> comparative
                    ? "Empathy reserve: keeps a top-quartile-empathy agent free for the high-care callers expected next"
                    : null;
            default -> null;
        };
    }
}
