package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.LanguageTag;
import dev.attune.core.domain.Product;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Everything one routing pool knows, as the parts that own it (agents, calls, holds, reservations, the
 * plan), and the read-only view the deciders get of it. Not thread-safe: the engine holds the pool's lock.
 */
final class PoolState implements PoolView {
    final String id;
    final SkillBalance skills = new SkillBalance();
    final AgentBoard agents;
    final CallBook calls;
    /** The agents about to be free with a slot no hold has taken (follows the board and the holds). */
    private final OpenForHolds openForHolds = new OpenForHolds(agentId -> this.holds.on(agentId));
    final Holds holds = new Holds(openForHolds::recheck);
    final Reservations reservations;
    final PlanTrack plan = new PlanTrack();
    final PoolCounters counters = new PoolCounters();
    final HighCareDemand highCare;
    private final RosterEmpathy rosterEmpathy = new RosterEmpathy();
    private EmpathyReserve reserve;
    private Instant reserveAt;
    private EngineConfig config;

    PoolState(String id, EngineConfig config) {
        this.id = id;
        this.config = config;
        this.agents = new AgentBoard(config.catalogue(), skills, openForHolds);
        this.calls = new CallBook(config.catalogue(), config.policy().rememberedCalls(), skills);
        calls.setExactRegion(config.exactRegion(id));
        this.reservations = new Reservations(calls, holds, agents, counters,
                () -> this.config.policy().occupancyWindow());
        this.highCare = new HighCareDemand(() -> this.config.policy());
    }

    /** Takes new settings; true when waiting calls must be reconsidered (new weights, catalogue or language rule). */
    boolean configure(EngineConfig newConfig) {
        EngineConfig old = config;
        config = newConfig;
        boolean languageRuleChanged = calls.setExactRegion(newConfig.exactRegion(id));
        if (newConfig.catalogue() != old.catalogue()) {
            agents.refile(newConfig.catalogue());
            calls.recount(newConfig.catalogue());
            return true;
        }
        return languageRuleChanged || newConfig.weights() != old.weights();
    }

    /** Whether this pool asks for the caller's exact region (docs/events.md, Languages). */
    boolean exactRegion() {
        return calls.exactRegion();
    }

    /** The call's one ending. */
    void finish(CallEntry live, boolean served) {
        reservations.forget(live);
        holds.release(live);
        calls.end(live);
        if (served) {
            counters.served++;
        } else {
            counters.abandoned++;
        }
    }

    Agent transition(Agent agent, AgentState next, Instant now) {
        return AgentBoard.transition(agent, next, now, config.policy().occupancyWindow());
    }

    /** The agent, or a refusal naming the event: its profile must arrive before anything else about it. */
    Agent knownAgent(String agentId, String what) {
        Agent agent = agents.get(agentId);
        if (agent == null) {
            throw new RejectedEventException(Refusal.UNKNOWN_AGENT,
                    what + " for agent '" + agentId + "', who has no profile in pool '" + id + "'");
        }
        return agent;
    }

    /** The product, or a refusal naming the call. */
    Product knownProduct(String code, String callId) {
        return config.catalogue().find(code).orElseThrow(() -> new RejectedEventException(Refusal.UNKNOWN_PRODUCT,
                "call '" + callId + "' names product '" + code + "', which the catalogue does not have"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public EngineConfig config() {
        return config;
    }

    @Override
    public Agent agent(String agentId) {
        return agents.get(agentId);
    }

    @Override
    public int agentCount() {
        return agents.size();
    }

    @Override
    public Collection<Agent> freeFor(String productCode, String language) {
        return agents.index().freeFor(productCode, LanguageTag.callerKey(language, calls.exactRegion()));
    }

    @Override
    public NeedBucket freeBucket(String productCode, String language) {
        return agents.index().freeBucket(productCode, LanguageTag.callerKey(language, calls.exactRegion()));
    }

    @Override
    public Collection<Agent> freeingFor(String productCode, String language) {
        return agents.index().freeingFor(productCode, LanguageTag.callerKey(language, calls.exactRegion()));
    }

    @Override
    public Collection<Agent> openForHolds(String need) {
        return openForHolds.agents(need);
    }

    @Override
    public int openForHoldsCount() {
        return openForHolds.size();
    }

    @Override
    public String needOf(Call call) {
        return WaitingQueue.need(call.productCode(), LanguageTag.callerKey(call.language(), calls.exactRegion()));
    }

    @Override
    public long boardVersion() {
        return agents.recordVersion();
    }

    @Override
    public List<String> needsOf(String agentId) {
        return agents.index().needsOf(agentId);
    }

    @Override
    public Collection<CallEntry> waitingNeeding(String need) {
        return calls.queue().needing(need);
    }

    @Override
    public CallEntry waitingCall(String callId) {
        return calls.waiting(callId);
    }

    @Override
    public Collection<CallEntry> callsHeldFor(String agentId) {
        return holds.heldFor(agentId);
    }

    @Override
    public int holdsOn(String agentId) {
        return holds.on(agentId);
    }

    @Override
    public SkillPressure pressure() {
        return skills.pressure();
    }

    /** A high-care caller arrived: the demand behind the empathy reserve grows from now. */
    void highCareArrived(String productCode, Instant now) {
        highCare.arrived(productCode, now);
        reserve = null;
    }

    /** Kept for one instant: every decision of one event reads the same reserve. */
    @Override
    public EmpathyReserve reserve(Instant now) {
        if (rosterEmpathy.refresh(agents.all(), agents.rosterVersion(), config.catalogue()) || reserve == null
                || !now.equals(reserveAt)) {
            reserve = EmpathyReserve.of(rosterEmpathy.topQuartileFrom(), rosterEmpathy.median(),
                    rosterEmpathy.qualified(), highCare.expected(now));
            reserveAt = now;
        }
        return reserve;
    }

    @Override
    public boolean mayOffer(Agent agent, Call call) {
        if (!mayOfferFiled(agent, call)) {
            return false;
        }
        Product product = config.catalogue().find(call.productCode()).orElse(null);
        return product != null && agent.profile().qualifiesFor(product, call);
    }

    @Override
    public String fallbackReason() {
        return plan.fallbackReason();
    }

    @Override
    public PoolPlan freshPlan(Instant now) {
        return plan.freshPlan(now, config.policy().planStaleAfter());
    }
}
