package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a decider may read of a pool, and nothing it could change the pool with: deciders propose, the pool
 * disposes. The calls handed out are the pool's own records; a decider reads them and never writes them.
 */
interface PoolView {
    String id();

    EngineConfig config();

    Agent agent(String agentId);

    int agentCount();

    /** The agents free now (on some channel: check the call's) who meet the need, as their current records. */
    Collection<Agent> freeFor(String productCode, String language);

    /** The same with the figures the pool files beside each record, for a scan that reads few records. */
    NeedBucket freeBucket(String productCode, String language);

    /** The agents who meet the need and will be free at a known time: whom a high-care call may be held for. */
    Collection<Agent> freeingFor(String productCode, String language);

    /**
     * The agents about to be free at a known time under the need ({@link #needOf}) with fewer holds than slots (all
     * channels together), as their current records: whom a high-care call with that need may still be held for.
     */
    Collection<Agent> openForHolds(String need);

    /** How many agents are about to be free with fewer holds than slots, whatever their needs. */
    int openForHoldsCount();

    /** The need (a {@link WaitingQueue#need} key) the call is filed under in this pool. */
    String needOf(Call call);

    /** Changes whenever any agent's record changes, so a decider may keep what it read until it does. */
    long boardVersion();

    /** The needs (product and language, as {@link WaitingQueue#need} keys) this agent meets. */
    List<String> needsOf(String agentId);

    /** Waiting calls filed under a need, oldest first. */
    Collection<CallEntry> waitingNeeding(String need);

    /** The call if it is waiting, else null. */
    CallEntry waitingCall(String callId);

    Collection<CallEntry> callsHeldFor(String agentId);

    int holdsOn(String agentId);

    SkillPressure pressure();

    /** What keeping each top-quartile-empathy agent free is worth at {@code now}. */
    EmpathyReserve reserve(Instant now);

    /**
     * Every hard constraint of an offer: free with a slot on the call's channel, qualified for the product and
     * language, not excluded.
     */
    boolean mayOffer(Agent agent, Call call);

    /**
     * {@link #mayOffer} for an agent filed under the call's need: filed means qualified (the index files only the
     * qualified: EligibilityIndexTest), so only a free slot on the call's channel and the call's exclusions are left.
     */
    default boolean mayOfferFiled(Agent agent, Call call) {
        return agent.canTakeCallNow(call.channel()) && !call.excludes(agent.id());
    }

    /** Why routing is on the longest-idle rule, or null when it is not. */
    String fallbackReason();

    /** The background plan if it is fresh at {@code now}, else null. */
    PoolPlan freshPlan(Instant now);
}
