package dev.attune.bench;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.MatchTerms;
import dev.attune.core.solver.PlannedAgent;
import dev.attune.core.solver.RoutingPlan;
import dev.attune.core.solver.WaitingCall;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum of the routing objective on a snapshot where every agent has one slot and is free
 * now: serve the most urgency first (medium), then the best matches (soft). It is a weighted bipartite
 * matching, solved exactly by OR-Tools' LinearSumAssignment on a squared-up cost matrix:
 * <pre>
 *            agents                     "unserved" columns
 * calls      -softScore(call, agent)    BIG * unserved(call) on its own column
 * idle rows  0 on its own agent         0 everywhere
 * </pre>
 * BIG exceeds any possible soft total, so the matching is lexicographic exactly as the solver's score.
 */
final class ExactAssignment {
    static {
        Loader.loadNativeLibraries();
    }

    private ExactAssignment() {
    }

    /** Call id to agent id of an optimal plan. */
    static Map<String, String> solve(RoutingPlan snapshot, RoutingWeights weights) {
        List<WaitingCall> calls = snapshot.getCalls();
        List<PlannedAgent> agents = snapshot.getAgents();
        int w = calls.size();
        int m = agents.size();
        Map<String, Integer> agentIndex = new HashMap<>();
        for (int a = 0; a < m; a++) {
            agentIndex.put(agents.get(a).getId(), a);
        }
        long softBound = 1;
        for (WaitingCall call : calls) {
            long worst = 0;
            for (PlannedAgent agent : call.getEligibleAgents()) {
                worst = Math.max(worst, Math.abs(MatchTerms.softScore(call.facts(), agent.facts(), weights)));
            }
            softBound += worst;
        }
        long big = 2 * softBound;
        LinearSumAssignment lsa = new LinearSumAssignment();
        for (int c = 0; c < w; c++) {
            WaitingCall call = calls.get(c);
            for (PlannedAgent agent : call.getEligibleAgents()) {
                lsa.addArcWithCost(c, agentIndex.get(agent.getId()), -MatchTerms.softScore(call.facts(), agent.facts(), weights));
            }
            lsa.addArcWithCost(c, m + c, -big * MatchTerms.unservedScore(call.facts(), weights));
        }
        for (int a = 0; a < m; a++) {
            lsa.addArcWithCost(w + a, a, 0);
            for (int c = 0; c < w; c++) {
                lsa.addArcWithCost(w + a, m + c, 0);
            }
        }
        LinearSumAssignment.Status status = lsa.solve();
        if (status != LinearSumAssignment.Status.OPTIMAL) {
            throw new IllegalStateException("assignment not solved: " + status);
        }
        Map<String, String> plan = new LinkedHashMap<>();
        for (int c = 0; c < w; c++) {
            int mate = lsa.getRightMate(c);
            if (mate < m) {
                plan.put(calls.get(c).getId(), agents.get(mate).getId());
            }
        }
        lsa.delete();
        return plan;
    }
}
