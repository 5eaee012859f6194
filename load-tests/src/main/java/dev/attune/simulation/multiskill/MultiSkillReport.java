package dev.attune.simulation.multiskill;

import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RatioSample;
import dev.attune.simulation.des.Sample;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of a multi-skill run over replications, named as ContactCenters prints them
 * ("service level % [Savings]", "occupancy % [Checking specialists]"), each with a 95% interval:
 * Student for means of per-replication values, delta method for ratios of means.
 */
public final class MultiSkillReport {
    public static final double LEVEL = 0.95;

    private final MultiSkillModel model;
    private final Map<String, Object> measures = new LinkedHashMap<>();
    private final Map<String, Double> scale = new LinkedHashMap<>();
    private long events;
    private int replications;

    MultiSkillReport(MultiSkillModel model) {
        this.model = model;
    }

    /** Adds one replication's values. */
    void add(MultiSkillMeasures m, List<CentreAgent> agents, double lineTime, double horizon, long firedEvents) {
        replications++;
        events += firedEvents;
        int types = m.types;
        long arrivals = 0;
        long blocked = 0;
        long abandoned = 0;
        long disconnected = 0;
        long served = 0;
        long inTime = 0;
        double service = 0;
        double wait = 0;
        long delayed = 0;
        double queued = 0;
        for (int k = 0; k <= types; k++) {
            boolean all = k == types;
            String type = all ? "all" : model.contactTypes().get(k).name();
            long a = all ? arrivals : m.arrivals[k];
            long b = all ? blocked : m.blocked[k];
            long ab = all ? abandoned : m.abandoned[k];
            long d = all ? disconnected : m.disconnected[k];
            long s = all ? served : m.served[k];
            long t = all ? inTime : m.servedInTime[k];
            double st = all ? service : m.serviceTime[k];
            double w = all ? wait : m.waitOfServed[k];
            long dl = all ? delayed : m.delayed[k];
            double q = all ? queued : m.queueTime[k];
            mean("arrivals [" + type + "]", a, 1);
            mean("blocked [" + type + "]", b, 1);
            mean("abandoned [" + type + "]", ab, 1);
            mean("disconnected [" + type + "]", d, 1);
            mean("served [" + type + "]", s, 1);
            ratio("service level % [" + type + "]", t, a, 100);
            if (s > 0) {
                mean("service time [" + type + "]", st / s, 1);
            }
            if (a > 0) {
                mean("average wait [" + type + "]", w / a, 1);
            }
            ratio("abandoned % [" + type + "]", ab, a, 100);
            ratio("delayed % [" + type + "]", dl, a, 100);
            ratio("mean queue time, all contacts [" + type + "]", q, a, 1);
            if (!all) {
                delayed += dl;
                queued += q;
                arrivals += a;
                blocked += b;
                abandoned += ab;
                disconnected += d;
                served += s;
                inTime += t;
                service += st;
                wait += w;
            }
        }
        int groups = m.groups;
        double[] present = new double[groups];
        double[] busy = new double[groups];
        for (CentreAgent agent : agents) {
            present[agent.group()] += agent.presentTime();
            busy[agent.group()] += agent.busyTime();
        }
        double presentAll = 0;
        double busyAll = 0;
        double hoursPerUnit = model.timeUnitSeconds() / 3600.0;
        double idleCost = 0;
        double busyCost = 0;
        for (int g = 0; g < groups; g++) {
            MultiSkillModel.AgentGroupSpec spec = model.agentGroups().get(g);
            presentAll += present[g];
            busyAll += busy[g];
            if (present[g] > 0) {
                mean("occupancy % [" + spec.name() + "]", busy[g] / present[g], 100);
                for (int k = 0; k < types; k++) {
                    mean("occupancy % [" + spec.name() + ", " + model.contactTypes().get(k).name() + "]",
                            m.busyByGroupAndType[g][k] / present[g], 100);
                }
            }
            double groupIdle = (present[g] - busy[g]) * hoursPerUnit * spec.costPerHour();
            double groupBusy = busy[g] * hoursPerUnit * spec.costPerHour();
            idleCost += groupIdle;
            busyCost += groupBusy;
            mean("idle cost [" + spec.name() + "]", groupIdle, 1);
            mean("busy cost [" + spec.name() + "]", groupBusy, 1);
        }
        if (presentAll > 0) {
            mean("occupancy % [all]", busyAll / presentAll, 100);
        }
        mean("idle cost [all]", idleCost, 1);
        mean("busy cost [all]", busyCost, 1);
        mean("busy trunks (time average)", lineTime / horizon, 1);
    }

    private void mean(String name, double value, double factor) {
        ((Sample) measures.computeIfAbsent(name, n -> new Sample())).add(value);
        scale.putIfAbsent(name, factor);
    }

    private void ratio(String name, double numerator, double denominator, double factor) {
        ((RatioSample) measures.computeIfAbsent(name, n -> new RatioSample())).add(numerator, denominator);
        scale.putIfAbsent(name, factor);
    }

    public int replications() {
        return replications;
    }

    /** Events fired over all replications. */
    public long events() {
        return events;
    }

    public Estimate estimate(String name) {
        return estimate(name, LEVEL);
    }

    public Estimate estimate(String name, double level) {
        Object measure = measures.get(name);
        if (measure == null) {
            throw new IllegalArgumentException("no measure named '" + name + "'; known: " + measures.keySet());
        }
        Estimate raw = measure instanceof Sample sample ? sample.estimate(level) : ((RatioSample) measure).estimate(level);
        return raw.scaled(scale.get(name));
    }

    public Map<String, Estimate> estimates() {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (String name : measures.keySet()) {
            out.put(name, estimate(name));
        }
        return out;
    }
}
