package dev.attune.simulation.day;

import dev.attune.core.domain.EmotionalLoad;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.CentreListener;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.des.SimulatedClock;
import dev.attune.simulation.trace.CallLog;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one policy run's measures (definitions in docs/simulation.md):
 * <ul>
 * <li>service level: answered with a wait below the threshold, over all routed callers (abandoned included);</li>
 * <li>ASA: mean wait of answered callers; abandonment: abandoned (or cut off at closing) over routed callers;</li>
 * <li>high-care share: of callers whose care need on arrival reaches the threshold and who were answered,
 *     the share answered by an agent in the roster's top quartile by empathy;</li>
 * <li>ceiling of that share, in hindsight: of the same callers, those for whom on arrival a qualified
 *     top-quartile agent was free, or would be free (current call and after-call time known in hindsight)
 *     within the engine's hold limit, plus those the run did give a top agent after a longer wait; it ignores
 *     competition between high-care callers for the same agent;</li>
 * <li>where the router falls short of that ceiling, per high-care caller in reach answered by another agent: a
 *     qualified top agent was free when the caller was answered (passed over); one was free on arrival but
 *     was taken before this caller was answered (taken first); none was free on arrival, one was about to be
 *     (not held long enough). The three add up to ceiling minus share;</li>
 * <li>distress-weighted empathy: Σ distress at answer × agent empathy / Σ distress at answer;</li>
 * <li>emotional load: each answered call adds its distress at answer to the agent's load, which halves every
 *     half-life (the engine's own {@link EmotionalLoad}); the highest level any agent reached;</li>
 * <li>complaint and resolution rates per answered call, from the outcome model;</li>
 * <li>occupancy spread: standard deviation across agents (present at least an hour) of busy / present time.</li>
 * </ul>
 */
final class DayMeasures implements CentreListener {
    private final OverlayModel.Measures config;
    private final Set<String> topEmpathyAgents;
    private final SimulatedClock clock;
    private final Duration loadHalfLife;
    private final Map<String, EmotionalLoad> loads = new HashMap<>();
    private final List<CentreAgent> agents;
    private final double holdLimitSeconds;
    private final Set<Contact> topAgentInReach = new HashSet<>();
    private final Set<Contact> topAgentFreeOnArrival = new HashSet<>();
    private long lostPassedOver;
    private long lostTakenFirst;
    private long lostNotHeld;

    private long routed;
    private long answered;
    private long answeredInTime;
    private double answeredWait;
    private long abandoned;
    private long highCare;
    private long highCareAnswered;
    private long highCareTopEmpathy;
    private long highCareReachable;
    private double distressSum;
    private double distressEmpathySum;
    private double maxLoad;
    private long complaints;
    private long resolved;
    private double distressAtEnd;
    private final double[] waitBySlot = new double[CallLog.SLOTS_PER_DAY];
    private final long[] answeredBySlot = new long[CallLog.SLOTS_PER_DAY];
    private final long[] abandonedBySlot = new long[CallLog.SLOTS_PER_DAY];
    private final long[] callsBySlot = new long[CallLog.SLOTS_PER_DAY];

    /** @param holdLimitSeconds how long the engine may hold a high-care caller for a better agent (the ceiling's reach) */
    DayMeasures(OverlayModel.Measures config, Set<String> topEmpathyAgents, SimulatedClock clock, List<CentreAgent> agents,
            double holdLimitSeconds) {
        this.config = config;
        this.agents = agents;
        this.holdLimitSeconds = holdLimitSeconds;
        this.topEmpathyAgents = topEmpathyAgents;
        this.clock = clock;
        this.loadHalfLife = Duration.ofMillis(Math.round(config.emotionalLoadHalfLifeMinutes() * 60_000));
    }

    private static int slot(Contact contact) {
        return (int) Math.floor((contact.arrivalTime() % 86_400) / CallLog.SLOT_SECONDS);
    }

    @Override
    public void arrived(Contact contact) {
        Caller caller = (Caller) contact;
        routed++;
        callsBySlot[slot(contact)]++;
        if (caller.careAtArrival() >= config.highCareThreshold()) {
            highCare++;
            if (topAgentInReach(caller)) {
                topAgentInReach.add(contact);
                if (topAgentFree(caller)) {
                    topAgentFreeOnArrival.add(contact);
                }
            }
        }
    }

    private boolean topAgentInReach(Caller caller) {
        double now = caller.arrivalTime();
        for (CentreAgent agent : agents) {
            if (topEmpathyAgents.contains(agent.name()) && agent.onDuty()
                    && agent.freeAtInHindsight(now) <= now + holdLimitSeconds
                    && agent.profile().qualifiesFor(caller.product(), caller.language())) {
                return true;
            }
        }
        return false;
    }

    private boolean topAgentFree(Caller caller) {
        for (CentreAgent agent : agents) {
            if (topEmpathyAgents.contains(agent.name()) && agent.canTake(caller.channel())
                    && agent.profile().qualifiesFor(caller.product(), caller.language())) {
                return true;
            }
        }
        return false;
    }

    /** Why a high-care caller the floor could have given a top agent was answered by another one. */
    private void countLoss(Caller caller, boolean freeOnArrival) {
        if (topAgentFree(caller)) {
            lostPassedOver++;
        } else if (freeOnArrival) {
            lostTakenFirst++;
        } else {
            lostNotHeld++;
        }
    }

    @Override
    public void served(Contact contact, CentreAgent agent) {
        Caller caller = (Caller) contact;
        double wait = contact.serviceStart() - contact.arrivalTime();
        answered++;
        answeredWait += wait;
        if (wait < config.serviceLevelSeconds()) {
            answeredInTime++;
        }
        int slot = slot(contact);
        waitBySlot[slot] += wait;
        answeredBySlot[slot]++;
        double empathy = agent.profile().empathy();
        if (caller.careAtArrival() >= config.highCareThreshold()) {
            highCareAnswered++;
            if (topEmpathyAgents.contains(agent.name())) {
                highCareTopEmpathy++;
            }
            boolean freeOnArrival = topAgentFreeOnArrival.remove(contact);
            boolean inReach = topAgentInReach.remove(contact);
            // answered by a top agent after a longer wait: the floor allowed it, so the ceiling counts it too
            if (inReach || topEmpathyAgents.contains(agent.name())) {
                highCareReachable++;
            }
            if (inReach && !topEmpathyAgents.contains(agent.name())) {
                countLoss(caller, freeOnArrival);
            }
        }
        distressSum += caller.distressAtAnswer();
        distressEmpathySum += caller.distressAtAnswer() * empathy;
        EmotionalLoad load = loads.getOrDefault(agent.name(), EmotionalLoad.none(clock.instant()))
                .plus(caller.distressAtAnswer(), clock.instant(), loadHalfLife);
        loads.put(agent.name(), load);
        maxLoad = Math.max(maxLoad, load.level());
        complaints += caller.complained() ? 1 : 0;
        resolved += caller.resolved() ? 1 : 0;
        distressAtEnd += caller.distressAtEnd();
    }

    @Override
    public void abandoned(Contact contact) {
        topAgentInReach.remove(contact);
        topAgentFreeOnArrival.remove(contact);
        abandoned++;
        abandonedBySlot[slot(contact)]++;
    }

    @Override
    public void disconnected(Contact contact) {
        abandoned(contact);
    }

    DayResult result(String policy, int replication, List<CentreAgent> agents) {
        Map<DayMetric, Double> values = new EnumMap<>(DayMetric.class);
        values.put(DayMetric.SERVICE_LEVEL, 100.0 * answeredInTime / Math.max(1, routed));
        values.put(DayMetric.ASA, answeredWait / Math.max(1, answered));
        values.put(DayMetric.ABANDONMENT, 100.0 * abandoned / Math.max(1, routed));
        values.put(DayMetric.HIGH_CARE_TOP_EMPATHY, 100.0 * highCareTopEmpathy / Math.max(1, highCareAnswered));
        values.put(DayMetric.HIGH_CARE_CEILING, 100.0 * highCareReachable / Math.max(1, highCareAnswered));
        values.put(DayMetric.LOST_PASSED_OVER, 100.0 * lostPassedOver / Math.max(1, highCareAnswered));
        values.put(DayMetric.LOST_TAKEN_FIRST, 100.0 * lostTakenFirst / Math.max(1, highCareAnswered));
        values.put(DayMetric.LOST_NOT_HELD, 100.0 * lostNotHeld / Math.max(1, highCareAnswered));
        values.put(DayMetric.DISTRESS_WEIGHTED_EMPATHY, distressSum == 0 ? 0 : distressEmpathySum / distressSum);
        values.put(DayMetric.MAX_EMOTIONAL_LOAD, maxLoad);
        values.put(DayMetric.COMPLAINT_RATE, 100.0 * complaints / Math.max(1, answered));
        values.put(DayMetric.RESOLUTION_RATE, 100.0 * resolved / Math.max(1, answered));
        values.put(DayMetric.DISTRESS_AT_END, distressAtEnd / Math.max(1, answered));
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (CentreAgent agent : agents) {
            if (agent.presentTime() >= 3600) {
                double occupancy = 100 * agent.busyTime() / agent.presentTime();
                sum += occupancy;
                sumSq += occupancy * occupancy;
                n++;
            }
        }
        values.put(DayMetric.OCCUPANCY_SPREAD, n < 2 ? 0 : Math.sqrt(Math.max(0, (sumSq - sum * sum / n) / (n - 1))));
        double[] meanWait = new double[CallLog.SLOTS_PER_DAY];
        double[] abandonment = new double[CallLog.SLOTS_PER_DAY];
        for (int s = 0; s < meanWait.length; s++) {
            meanWait[s] = answeredBySlot[s] == 0 ? Double.NaN : waitBySlot[s] / answeredBySlot[s];
            abandonment[s] = callsBySlot[s] == 0 ? Double.NaN : 100.0 * abandonedBySlot[s] / callsBySlot[s];
        }
        return new DayResult(policy, replication, values, meanWait, abandonment, callsBySlot.clone(), routed, highCare,
                java.util.List.of());
    }
}
