package dev.attune.core.engine;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.DecisionPath;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.MatchTerms;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides a batch jointly: when several calls and several agents are free at the same moment (a burst of
 * arrivals in one poll, a team back from a break, a sweep after new weights), deciding them one by one
 * lets the first call take the agent the third call needed. This solves the batch exactly with the
 * routing objective itself: serve the most urgency first (medium), then the best matches (soft), with
 * agents about to be free as hold candidates for high-care calls, exactly as the plan models them.
 */
final class JointDecider {
    /** Above this much work (rows^2 x columns) the batch is decided one by one instead, to stay within a few ms. */
    private static final long MAX_WORK = 30_000_000L;
    /**
     * Above this many (call, agent) pairs the batch is decided one by one without scoring them all first:
     * a backlog of thousands of waiting calls (the engine behind its input, or a long outage) would otherwise
     * hold every call's short list of candidates in memory at once.
     */
    private static final long MAX_PAIRS = 2_000_000L;
    private static final int RUNNERS_UP = 3;
    /** Every channel in declaration order: a column per free slot goes channel by channel, as ties replay. */
    private static final Channel[] CHANNELS = Channel.values();

    private final PoolView pool;
    private final Decider decider;

    JointDecider(PoolView pool, Decider decider) {
        this.pool = pool;
        this.decider = decider;
    }

    /** One free slot of an agent on one channel: a column of the assignment. */
    private record Slot(String agentId, Channel channel) {
    }

    /** One call of the batch with its short lists of agents free now and agents it may be held for. */
    private record Row(CallEntry live, CallFacts facts, BestCandidates free, BestCandidates held) {
    }

    /** Decisions for the calls that get an agent (or a hold); null when the batch is too large to solve exactly. */
    List<Decision> decide(List<CallEntry> calls, Instant now) {
        if ((long) calls.size() * pool.agentCount() > MAX_PAIRS) {
            return null;
        }
        List<Row> rows = rows(calls, now);
        if (rows == null) {
            return null;
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Map<String, Long>> soft = new ArrayList<>(rows.size());
        TreeMap<String, AgentFacts> columns = new TreeMap<>();
        for (Row row : rows) {
            Map<String, Long> scores = new HashMap<>();
            for (BestCandidates best : List.of(row.free(), row.held())) {
                for (Decision.Candidate candidate : best.best()) {
                    scores.put(candidate.agent().id(), candidate.score());
                    columns.put(candidate.agent().id(), candidate.agentFacts());
                }
            }
            soft.add(scores);
        }
        // one column per free slot and channel, agents in id order so ties replay the same way
        List<Slot> slots = new ArrayList<>();
        for (AgentFacts p : columns.values()) {
            for (Channel channel : CHANNELS) {
                int free = p.slots(channel) == 0 ? 0 : freeSlots(p, channel);
                for (int s = 0; s < free; s++) {
                    slots.add(new Slot(p.id(), channel));
                }
            }
        }
        int n = rows.size();
        int m = slots.size();
        if (overWork(n, m)) {
            return null;
        }
        int[] agentOfCall = match(values(rows, soft, slots), n, m);
        return decisions(rows, soft, slots, columns, agentOfCall);
    }

    /**
     * Each call's short lists. Exact with a short list per call: if a call's agent in an optimal assignment were
     * outside its n best (n = calls in the batch), one of those n would still have a slot the other n - 1 calls
     * left free, and moving the call there loses nothing. Three more free agents give the explanation its
     * runners-up.
     */
    private List<Row> rows(List<CallEntry> calls, Instant now) {
        EngineConfig config = pool.config();
        RoutingWeights weights = config.weights();
        SkillPressure pressure = pool.pressure();
        int n0 = calls.size();
        EmpathyReserve reserve = pool.reserve(now);
        Duration halfLife = config.planning().emotionalLoadHalfLife();
        // an agent is modelled once per batch, however many calls it is a candidate for; a call alone meets each
        // agent once, so nothing is kept (no map entry, no capturing lambda per candidate: session 17's allocation)
        Function<Agent, AgentFacts> model = n0 == 1 ? agent -> AgentFacts.at(agent, now, halfLife, pressure, reserve)
                : modelledOnce(now, halfLife, pressure, reserve);
        List<Row> rows = new ArrayList<>();
        int widestRow = 0;
        for (CallEntry live : calls) {
            Product product = config.catalogue().find(live.call.productCode()).orElse(null);
            if (product == null) {
                continue;
            }
            CallFacts waiting = decider.waiting(live, product, now);
            BestCandidates free = new BestCandidates(n0 + RUNNERS_UP);
            decider.offerFree(free, waiting, model, weights, reserve);
            BestCandidates held = new BestCandidates(n0);
            decider.offerHolds(held, waiting, now, model, weights);
            if (!free.isEmpty() || !held.isEmpty()) {
                rows.add(new Row(live, waiting, free, held));
                // every candidate is a distinct agent with at least one slot the batch may fill on the call's channel
                // (free on it, or not yet held for), so the slots are at least the widest row's candidates; rows and
                // slots only grow from here, and so does the matching's work: once over the bound, the batch is
                // decided one by one whatever the rest of the rows hold (session 9: a backlog built them all)
                widestRow = Math.max(widestRow, free.best().size() + held.best().size());
                if (overWork(rows.size(), widestRow)) {
                    return null;
                }
            }
        }
        return rows;
    }

    private static Function<Agent, AgentFacts> modelledOnce(Instant now, Duration halfLife, SkillPressure pressure,
            EmpathyReserve reserve) {
        Map<String, AgentFacts> planned = new HashMap<>();
        return agent -> {
            AgentFacts facts = planned.get(agent.id());
            if (facts == null) {
                facts = AgentFacts.at(agent, now, halfLife, pressure, reserve);
                planned.put(agent.id(), facts);
            }
            return facts;
        };
    }

    /** An agent's slots on a channel that the batch may fill: free ones, or those not yet held for, if busy. */
    private int freeSlots(AgentFacts p, Channel channel) {
        return p.isFreeNow() ? p.slots(channel) : p.slots(channel) - pool.holdsOn(p.id());
    }

    /** Whether matching n rows to m slots is over {@link #MAX_WORK}; grows with both n and m. */
    private static boolean overWork(long n, long m) {
        long rowsSide = Math.min(n, m);
        return rowsSide * rowsSide * (Math.max(n, m) + rowsSide) > MAX_WORK;
    }

    /** Serving more urgency always outweighs any difference in match (medium before soft), as in the plan. */
    private long[][] values(List<Row> rows, List<Map<String, Long>> soft, List<Slot> slots) {
        RoutingWeights weights = pool.config().weights();
        long big = 1;
        for (Map<String, Long> scores : soft) {
            big += 2 * scores.values().stream().mapToLong(Math::abs).max().orElse(0);
        }
        long[][] value = new long[rows.size()][slots.size()];
        for (int c = 0; c < rows.size(); c++) {
            long served = -MatchTerms.unservedScore(rows.get(c).facts(), weights);
            Channel channel = rows.get(c).live().call.channel();
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                Long score = slot.channel() == channel ? soft.get(c).get(slot.agentId()) : null;
                value[c][s] = score == null ? Long.MIN_VALUE : big * Math.max(1, served) + score;
            }
        }
        return value;
    }

    private static List<Decision> decisions(List<Row> rows, List<Map<String, Long>> soft, List<Slot> slots,
            Map<String, AgentFacts> columns, int[] agentOfCall) {
        int n = rows.size();
        List<Decision> decisions = new ArrayList<>();
        String note = String.format("Decided jointly with %d waiting calls and their %d best agents "
                + "(exact assignment)", n, columns.size());
        for (int c = 0; c < n; c++) {
            if (agentOfCall[c] < 0) {
                continue;
            }
            String agentId = slots.get(agentOfCall[c]).agentId();
            AgentFacts p = columns.get(agentId);
            List<Decision.Candidate> runnersUp = rows.get(c).free().best().stream()
                    .filter(candidate -> !candidate.agent().id().equals(agentId))
                    .limit(RUNNERS_UP)
                    .toList();
            decisions.add(new Decision(rows.get(c).live(), p.agent(), rows.get(c).facts(), p,
                    soft.get(c).get(agentId), DecisionPath.DECIDER, runnersUp, true, !p.isFreeNow(), n > 1 ? note : null));
        }
        decisions.sort(Comparator.comparingLong(d -> d.call().call.queuePosition()));
        return decisions;
    }

    /** Maximum-value matching of calls to slots; -1 for a call left unmatched. */
    private static int[] match(long[][] value, int n, int m) {
        int[] agentOfCall = new int[n];
        if (n <= m) {
            long[][] cost = new long[n][m + n];
            for (int c = 0; c < n; c++) {
                for (int s = 0; s < m + n; s++) {
                    cost[c][s] = s < m ? (value[c][s] == Long.MIN_VALUE ? MinCostMatching.FORBIDDEN : -value[c][s])
                            : s - m == c ? 0 : MinCostMatching.FORBIDDEN;
                }
            }
            int[] column = MinCostMatching.solve(cost);
            for (int c = 0; c < n; c++) {
                agentOfCall[c] = column[c] < m ? column[c] : -1;
            }
        } else {
            long[][] cost = new long[m][n + m];
            for (int s = 0; s < m; s++) {
                for (int c = 0; c < n + m; c++) {
                    cost[s][c] = c < n ? (value[c][s] == Long.MIN_VALUE ? MinCostMatching.FORBIDDEN : -value[c][s])
                            : c - n == s ? 0 : MinCostMatching.FORBIDDEN;
                }
            }
            int[] column = MinCostMatching.solve(cost);
            java.util.Arrays.fill(agentOfCall, -1);
            for (int s = 0; s < m; s++) {
                if (column[s] < n) {
                    agentOfCall[column[s]] = s;
                }
            }
        }
        return agentOfCall;
    }
}
