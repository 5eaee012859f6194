package dev.attune.core.solver;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RelaxationRings;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.EmpathyReserve;
import dev.attune.core.scoring.SkillPressure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a {@link RoutingPlan} from the engine's live state: waiting calls and the pool's agents at one
 * instant. Only agents who could serve some call enter the plan (free now with a slot, or free within
 * the hold limit), and each call's value range is pre-filtered to the agents who may serve it: a slot on
 * the call's channel, free now, or (for a call at or above the policy's care threshold) free within the
 * maximum hold.
 *
 * <p>Eligibility is computed once per (product, language, may-hold) over the agents who have the
 * product's skill, then only calls with exclusions get their own filtered copy: a snapshot of
 * 10,000 agents and hundreds of calls stays a few passes over the agents, not calls x agents.
 * Calls come out in queue order and agents in id order, so a seed replays the same plan.
 */
public final class PlanSnapshot {

    private PlanSnapshot() {
    }

    /**
     * @param calls  waiting calls without an outstanding offer (the engine decides which those are)
     * @param agents every agent of the pool; unavailable ones are dropped here
     * @throws dev.attune.core.domain.UnknownProductException when a call names a product the catalogue lacks
     */
    public static RoutingPlan take(Collection<Call> calls, Collection<Agent> agents, Catalogue catalogue,
            CareModel careModel, PlanningPolicy policy, RoutingWeights weights, Instant now) {
        return take(calls, agents, catalogue, careModel, policy, weights, now, EmpathyReserve.none());
    }

    /** The same with the pool's empathy reserve at {@code now}, so the plan scores it as the decider does. */
    public static RoutingPlan take(Collection<Call> calls, Collection<Agent> agents, Catalogue catalogue,
            CareModel careModel, PlanningPolicy policy, RoutingWeights weights, Instant now, EmpathyReserve reserve) {
        List<Call> queue = new ArrayList<>(calls);
        queue.sort(Comparator.comparingLong(Call::queuePosition).thenComparing(Call::id));

        Map<String, Integer> demand = new HashMap<>();
        List<Product> products = new ArrayList<>(queue.size());
        for (Call call : queue) {
            Product product = catalogue.product(call.productCode());
            products.add(product);
            demand.merge(product.requiredSkill(), 1, Integer::sum);
        }
        SkillPressure pressure = SkillPressure.of(demand, agents);

        List<PlannedAgent> planned = new ArrayList<>();
        for (Agent agent : agents) {
            PlannedAgent candidate = PlannedAgent.of(agent, now, policy, pressure, reserve);
            if (candidate.facts().slots().total() > 0 && candidate.getSecondsUntilFree() <= policy.maxHoldSeconds()) {
                planned.add(candidate);
            }
        }
        planned.sort(Comparator.comparing(PlannedAgent::getId));

        Map<String, List<PlannedAgent>> bySkill = new HashMap<>();
        for (PlannedAgent agent : planned) {
            for (String skill : agent.profile().skills().keySet()) {
                if (demand.containsKey(skill)) {
                    bySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(agent);
                }
            }
        }

        Map<String, List<PlannedAgent>> shared = new HashMap<>();
        List<WaitingCall> waiting = new ArrayList<>(queue.size());
        for (int i = 0; i < queue.size(); i++) {
            Call call = queue.get(i);
            Product product = products.get(i);
            WaitingCall probe = WaitingCall.of(call, product, now, careModel, policy, List.of());
            int holdLimit = probe.getHoldLimitSeconds();
            long wait = probe.getWaitSeconds();
            int ring = RelaxationRings.indexAt(product.rings(), wait);
            // an overflow ring reaches agents of another skill: look at every planned agent then
            List<PlannedAgent> pool = ring >= 0 && product.rings().get(ring).isOverflow() ? planned
                    : bySkill.getOrDefault(product.requiredSkill(), List.of());
            String key = product.code() + '\u0000' + call.languageKey() + '\u0000' + holdLimit + '\u0000' + ring
                    + '\u0000' + call.channel();
            List<PlannedAgent> eligible = shared.computeIfAbsent(key, k -> pool.stream()
                    .filter(a -> a.getSecondsUntilFree() <= holdLimit && a.getSlots(call.channel()) > 0
                            && a.profile().qualifiesFor(product, call)
                            && product.ringAdmits(a.profile(), wait))
                    .toList());
            if (!call.excludedAgentIds().isEmpty()) {
                eligible = eligible.stream().filter(a -> !call.excludes(a.getId())).toList();
            }
            waiting.add(new WaitingCall(call, product, probe.getCareNeed(), probe.getWaitSeconds(), holdLimit,
                    eligible));
        }
        return new RoutingPlan(now, planned, waiting, weights);
    }
}
