package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import java.util.List;

/**
 * A decision before it becomes an offer: the call, the chosen agent and the runners-up, which path chose,
 * and whether the agent is free now (an offer) or about to be free (a hold: the call waits for them).
 *
 * @param runnersUp the next best agents for this call, best first, for the explanation's alternatives
 * @param comparedAll whether the path scored every agent that could take the call (the decider for a call, the
 *                  joint decision), so {@code runnersUp} are the runners-up and empty means there were none; a
 *                  path that chose without comparing agents for this call (an agent taking its most urgent call,
 *                  the plan, the fallback, the control arm) leaves the explanation to score them
 * @param note      a path-specific reason in words (plan age, fallback cause, urgency), or null
 */
record Decision(
        CallEntry call,
        Agent agent,
        CallFacts callFacts,
        AgentFacts agentFacts,
        long score,
        DecisionPath path,
        List<Candidate> runnersUp,
        boolean comparedAll,
        boolean hold,
        String note) {

    /**
     * A decision whose path chose without comparing agents for the call (an agent taking its most urgent call, the
     * plan, the fallback, the control arm): no runners-up of its own.
     */
    Decision(CallEntry call, Agent agent, CallFacts callFacts, AgentFacts agentFacts, long score, DecisionPath path,
            boolean hold, String note) {
        this(call, agent, callFacts, agentFacts, score, path, List.of(), false, hold, note);
    }

    /** An agent the decider scored for a call. */
    record Candidate(Agent agent, AgentFacts agentFacts, long score) {
    }
}
