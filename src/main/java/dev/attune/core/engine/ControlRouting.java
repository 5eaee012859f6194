package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.ControlArm;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Product;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;

/**
 * The live benchmark's control arm inside the router: a control call goes to the eligible free agent idle
 * longest, and a freed agent whose oldest eligible call is a control call takes that one, as the ACD did
 * before Attune. Everything else is Attune's to decide. The arm is {@link ControlArm#armOf}, a function of the
 * call alone, so the journal and the report agree with the router without being told.
 */
final class ControlRouting {
    private ControlRouting() {
    }

    static boolean controls(PoolView pool, CallEntry live) {
        return pool.config().controlArm().armOf(live.id(), live.call.arrivedAt()) == BenchmarkArm.CONTROL;
    }

    /** The longest-idle agent's decision for a control call; null when no eligible agent is free. */
    static Decision forCall(PoolState pool, CallEntry live, Instant now) {
        Agent agent = LongestIdle.agentFor(pool, live);
        return agent == null ? null : decision(pool, live, agent, now);
    }

    /** The freed agent's oldest eligible call if it is a control call; null leaves the agent to Attune. */
    static Decision forAgent(PoolState pool, Agent agent, Instant now) {
        CallEntry oldest = LongestIdle.callFor(pool, agent);
        return oldest != null && controls(pool, oldest) ? decision(pool, oldest, agent, now) : null;
    }

    /** Attune's decision, unless it picked a control call: that call is the control's, on the same free agent. */
    static Decision screened(PoolState pool, Decision decided, Instant now) {
        if (decided == null || decided.hold() || !controls(pool, decided.call())) {
            return decided;
        }
        return decision(pool, decided.call(), decided.agent(), now);
    }

    private static Decision decision(PoolState pool, CallEntry live, Agent agent, Instant now) {
        EngineConfig config = pool.config();
        Product product = config.catalogue().product(live.call.productCode());
        CallFacts waiting = CallFacts.of(live.call, product,
                CareNeed.assess(live.call, product, now, config.careModel()), 0, 0);
        AgentFacts facts = AgentFacts.at(agent, now, config.planning().emotionalLoadHalfLife(), SkillPressure.none());
        ControlArm arm = config.controlArm();
        String note = "Control arm of the live benchmark (" + Math.round(arm.share() * 100)
                + "% of calls, by " + (arm.mode() == ControlArm.Mode.HASH ? "call id" : "time block")
                + "): routed by skills-based longest idle, not by Attune's scoring";
        return new Decision(live, agent, waiting, facts, 0, DecisionPath.CONTROL, false, note);
    }
}
