package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import java.util.Comparator;

/**
 * What most ACDs do (FreeSWITCH longest-idle-agent, Asterisk leastrecent): the hard constraints only,
 * then the agent idle longest, and for a free agent the highest-priority call that joined the queue first.
 * Deterministic and independent of the solver and the scoring terms, so routing never stops when they fail.
 */
final class LongestIdle {
    /** Idle longest first (earliest in its current state), then by id so ties replay the same way. */
    static final Comparator<Agent> LONGEST_IDLE = Comparator.comparing(Agent::stateSince).thenComparing(Agent::id);

    /** Highest priority first, then the original queue position. */
    static final Comparator<Call> QUEUE_ORDER = Comparator.comparingInt(Call::priority).reversed()
            .thenComparingLong(Call::queuePosition);

    private LongestIdle() {
    }

    static Agent agentFor(PoolView pool, CallEntry live) {
        Call call = live.call;
        Agent best = null;
        for (Agent agent : pool.freeFor(call.productCode(), call.language())) {
            if (!agent.canTakeCallNow(call.channel()) || call.excludes(agent.id())) {
                continue;
            }
            if (best == null || LONGEST_IDLE.compare(agent, best) < 0) {
                best = agent;
            }
        }
        return best;
    }

    static CallEntry callFor(PoolView pool, Agent agent) {
        CallEntry best = null;
        for (String need : pool.needsOf(agent.id())) {
            for (CallEntry live : pool.waitingNeeding(need)) {
                if (live.call.excludes(agent.id()) || !agent.canTakeCallNow(live.call.channel())) {
                    continue;
                }
                if (best == null || QUEUE_ORDER.compare(live.call, best.call) < 0) {
                    best = live;
                }
            }
        }
        return best;
    }

    static String note(String fallbackReason) {
        return "Fallback routing (skills-based longest idle) because " + fallbackReason;
    }
}
