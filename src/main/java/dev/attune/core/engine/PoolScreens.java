package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareNeed;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Product;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.MatchTerms;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** What ops and compliance screens read of a pool: queue health, and who else could take a call. */
final class PoolScreens {
    private PoolScreens() {
    }

    static PoolStatus status(PoolState pool, Instant now) {
        record Row(PoolStatus.WaitingCall row, long urgency, long position) {
        }
        EngineConfig config = pool.config();
        List<Row> rows = new ArrayList<>();
        WaitReasons.OnOneScreen reasons = new WaitReasons.OnOneScreen(pool);
        Duration longest = Duration.ZERO;
        for (CallEntry live : pool.calls.queue().inOrder()) {
            Call call = live.call;
            Duration waited = Duration.between(call.arrivedAt(), now);
            if (waited.isNegative()) {
                waited = Duration.ZERO;
            }
            if (waited.compareTo(longest) > 0) {
                longest = waited;
            }
            Product product = config.catalogue().find(call.productCode()).orElse(null);
            CareNeed care = product == null ? new CareNeed(0, 0, 0)
                    : CareNeed.assess(call, product, now, config.careModel());
            long urgency = product == null ? 0 : MatchTerms.urgency(call.priority(), care.value(),
                    waited.toSeconds(), product.serviceLevel().thresholdSeconds());
            rows.add(new Row(new PoolStatus.WaitingCall(call.id(), call.productCode(), call.priority(), waited,
                    care.value(), care.distress(), care.stakes(), live.heldFor, reasons.of(live, product, waited)),
                    urgency,
                    call.queuePosition()));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.urgency()).thenComparingLong(Row::position));
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (Agent agent : pool.agents.all()) {
            byState.merge(agent.state(), 1, Integer::sum);
        }
        String fallbackReason = pool.fallbackReason();
        DecisionPath mode = fallbackReason != null ? DecisionPath.FALLBACK
                : pool.freshPlan(now) != null ? DecisionPath.PLAN : DecisionPath.DECIDER;
        PoolPlan plan = pool.plan.plan();
        return new PoolStatus(pool.id(), now, rows.stream().map(Row::row).toList(), byState,
                pool.agents.index().freeAgents().size(), new ArrayList<>(pool.reservations.pending()), longest, mode,
                fallbackReason, plan == null ? null : Duration.between(plan.takenAt(), now),
                pool.counters.snapshot());
    }

    /** Every agent's live state, by id, for the workforce console beside each profile. */
    static Map<String, AgentState> agentStates(PoolState pool) {
        Map<String, AgentState> states = new TreeMap<>();
        for (Agent agent : pool.agents.all()) {
            states.put(agent.id(), agent.state());
        }
        return states;
    }

    /** Who could take this call, best first: every qualified agent at work, scored with the decider's terms. */
    static List<AgentRecommendation> recommend(PoolState pool, String callId, int limit, Instant now) {
        CallEntry live = pool.calls.get(callId);
        if (live == null) {
            throw new NoSuchElementException("no live call '" + callId + "' in pool '" + pool.id() + "'");
        }
        EngineConfig config = pool.config();
        Product product = config.catalogue().find(live.call.productCode()).orElse(null);
        if (product == null || limit <= 0) {
            return List.of();
        }
        CareNeed care = CareNeed.assess(live.call, product, now, config.careModel());
        CallFacts waiting = CallFacts.of(live.call, product, care, CallFacts.waitSeconds(live.call, now),
                Integer.MAX_VALUE);
        SkillPressure skillPressure = pool.pressure();
        List<MatchScore> scored = new ArrayList<>();
        for (String agentId : pool.agents.index().qualifiedFor(live.call.productCode(), live.call.languageKey())) {
            Agent agent = pool.agent(agentId);
            if (agent == null || !AgentBoard.atWork(agent.state()) || live.call.excludes(agentId)) {
                continue;
            }
            AgentFacts facts = AgentFacts.at(agent, now, config.planning().emotionalLoadHalfLife(), skillPressure,
                    pool.reserve(now));
            scored.add(MatchScore.of(waiting, facts, config.weights()));
        }
        scored.sort(Comparator.comparingLong((MatchScore m) -> -m.total()).thenComparing(m -> m.agent().id()));
        List<AgentRecommendation> best = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            MatchScore match = scored.get(i);
            MatchScore next = i + 1 < scored.size() ? scored.get(i + 1) : null; // its reasons: what it beats the next on
            Agent agent = match.agent().agent();
            best.add(new AgentRecommendation(agent.id(), agent.state(), agent.canTakeCallNow(), match.total(),
                    match.contributions(), Explainer.termReasons(match, next)));
        }
        return best;
    }
}
