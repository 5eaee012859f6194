package dev.attune.simulation.day;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.BenchmarkArm;
import dev.attune.core.domain.CallOutcome;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.CentreListener;
import dev.attune.simulation.centre.Contact;
import dev.attune.learning.fairness.SegmentedCall;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Each simulated caller as the fairness audit sees a journalled call (language, vulnerable, product, priority;
 * wait, abandonment, top-quartile agents, outcome), so the simulator and the what-if are audited by the same
 * code as the journal. Passes every event on to the run's measures.
 */
final class SegmentLog implements CentreListener {
    private final CentreListener measures;
    private final double serviceLevelSeconds;
    private final double topEmpathy;
    private final Map<String, Double> topProficiency = new HashMap<>();
    private final Collection<AgentProfile> profiles;
    private final List<SegmentedCall> calls = new ArrayList<>();

    SegmentLog(CentreListener measures, double serviceLevelSeconds, Collection<AgentProfile> profiles) {
        this.measures = measures;
        this.serviceLevelSeconds = serviceLevelSeconds;
        this.profiles = profiles;
        this.topEmpathy = upperQuartile(profiles.stream().mapToDouble(AgentProfile::empathy).toArray());
    }

    /** The live audit's quartile: PostgreSQL's percentile_cont(0.75), which is R-7 interpolation. */
    private static double upperQuartile(double[] values) {
        return values.length == 0 ? Double.NaN
                : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, 75);
    }

    private double topProficiency(String skill) {
        return topProficiency.computeIfAbsent(skill,
                s -> upperQuartile(profiles.stream().mapToDouble(p -> p.proficiency(s)).toArray()));
    }

    List<SegmentedCall> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void arrived(Contact contact) {
        measures.arrived(contact);
    }

    @Override
    public void blocked(Contact contact) {
        measures.blocked(contact);
    }

    @Override
    public void serviceStarted(Contact contact, CentreAgent agent) {
        measures.serviceStarted(contact, agent);
    }

    @Override
    public void served(Contact contact, CentreAgent agent) {
        measures.served(contact, agent);
        Caller caller = (Caller) contact;
        AgentProfile profile = agent.profile();
        double wait = contact.serviceStart() - contact.arrivalTime();
        CallOutcome outcome = caller.complained() ? CallOutcome.COMPLAINT
                : caller.resolved() ? CallOutcome.RESOLVED : CallOutcome.CALLBACK;
        calls.add(call(caller, false, wait, profile.empathy() >= topEmpathy,
                profile.proficiency(caller.product().requiredSkill()) >= topProficiency(caller.product().requiredSkill()),
                caller.careAtAnswer(), profile.empathy(), outcome));
    }

    @Override
    public void abandoned(Contact contact) {
        measures.abandoned(contact);
        calls.add(call((Caller) contact, true, Double.NaN, false, false, Double.NaN, Double.NaN, null));
    }

    @Override
    public void disconnected(Contact contact) {
        measures.disconnected(contact);
        calls.add(call((Caller) contact, true, Double.NaN, false, false, Double.NaN, Double.NaN, null));
    }

    private SegmentedCall call(Caller caller, boolean abandoned, double wait, boolean topEmpathyAgent,
            boolean topProficiencyAgent, double care, double empathy, CallOutcome outcome) {
        return new SegmentedCall(ReplayContext.POOL, caller.product().code(), caller.language(),
                caller.highPriority() ? 1 : 0, caller.draw().vulnerable(), Map.of("channel", "VOICE"),
                BenchmarkArm.ATTUNE, abandoned, wait, !abandoned && wait < serviceLevelSeconds, topEmpathyAgent,
                topProficiencyAgent, care, empathy, outcome, null);
    }
}
