package dev.attune.simulation.multiskill;

import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.ServiceTimeRule;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.des.Simulator;
import dev.attune.simulation.model.DistributionSpec.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a {@link MultiSkillModel} for many independent replications (each the whole calendar, e.g. one
 * week) on the substreams of one set of random streams, and collects a {@link MultiSkillReport}.
 */
public final class MultiSkillSimulation {
    private final MultiSkillModel model;
    private final RandomStreams streams;
    private final Centre centre;
    private final List<PoissonArrivals> arrivals = new ArrayList<>();
    private final TieredRouter router;
    private final MultiSkillMeasures measures;
    private long nextId;

    public MultiSkillSimulation(MultiSkillModel model, RandomStreams streams) {
        this(model, streams, 0);
    }

    /**
     * @param warmUp contacts arriving before this simulated time are not counted (steady-state checks)
     */
    public MultiSkillSimulation(MultiSkillModel model, RandomStreams streams, double warmUp) {
        this.model = model;
        this.streams = streams;
        int types = model.contactTypes().size();
        int groups = model.agentGroups().size();
        double[][] multiplier = new double[groups][types];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < types; k++) {
                Double m = model.agentGroups().get(g).serviceTimeMultipliers() == null ? null
                        : model.agentGroups().get(g).serviceTimeMultipliers().get(model.contactTypes().get(k).name());
                multiplier[g][k] = m == null ? 1.0 : m;
            }
        }
        ServiceTimeRule serviceTimes = (contact, agent) -> contact.baseServiceTime() * multiplier[agent.group()][contact.type()];
        this.centre = new Centre(new Simulator(), model.trunks() == 0 ? Integer.MAX_VALUE : model.trunks(), serviceTimes);
        MultiSkillModel.Calendar calendar = model.calendar();
        for (int g = 0; g < groups; g++) {
            addAgents(g);
        }
        double[] acceptableWait = new double[types];
        for (int k = 0; k < types; k++) {
            MultiSkillModel.ContactTypeSpec type = model.contactTypes().get(k);
            acceptableWait[k] = type.acceptableWaitSeconds() / model.timeUnitSeconds();
            double[] rates = new double[calendar.periods()];
            for (int day = 0; day < calendar.days(); day++) {
                if (calendar.open(day)) {
                    for (int p = 0; p < calendar.periodsPerDay(); p++) {
                        rates[day * calendar.periodsPerDay() + p] = type.arrivalRatePerPeriod().get(p);
                    }
                }
            }
            Sampler service = type.serviceTime().sampler();
            Sampler patience = type.patience().sampler();
            arrivals.add(new PoissonArrivals(k, rates, calendar.periodLength(),
                    streams.stream(arrivalStream(type.name())), service, streams.stream(serviceStream(type.name())),
                    patience, streams.stream(patienceStream(type.name())), () -> nextId++));
        }
        int[][][] groupTiers = new int[types][][];
        for (int k = 0; k < types; k++) {
            groupTiers[k] = model.routing().onArrival().get(model.contactTypes().get(k).name()).stream()
                    .map(tier -> tier.stream().mapToInt(model::groupIndex).toArray()).toArray(int[][]::new);
        }
        int[][][] typeTiers = new int[groups][][];
        for (int g = 0; g < groups; g++) {
            typeTiers[g] = model.routing().onAgentFree().get(model.agentGroups().get(g).name()).stream()
                    .map(tier -> tier.stream().mapToInt(model::typeIndex).toArray()).toArray(int[][]::new);
        }
        this.router = new TieredRouter(groupTiers, typeTiers, streams.stream(AGENT_CHOICE));
        this.measures = new MultiSkillMeasures(acceptableWait, groups, warmUp);
    }

    public static final String AGENT_CHOICE = "agent choice";

    /** The streams this model draws from, in a fixed order: arrivals, service, patience per type, then routing. */
    public static List<String> streamNames(MultiSkillModel model) {
        List<String> names = new ArrayList<>();
        for (MultiSkillModel.ContactTypeSpec type : model.contactTypes()) {
            names.add(arrivalStream(type.name()));
        }
        for (MultiSkillModel.ContactTypeSpec type : model.contactTypes()) {
            names.add(serviceStream(type.name()));
        }
        for (MultiSkillModel.ContactTypeSpec type : model.contactTypes()) {
            names.add(patienceStream(type.name()));
        }
        names.add(AGENT_CHOICE);
        return names;
    }

    private static String arrivalStream(String type) {
        return "arrivals " + type;
    }

    private static String serviceStream(String type) {
        return "service " + type;
    }

    private static String patienceStream(String type) {
        return "patience " + type;
    }

    /** Agent j of a group is on duty in every period whose staffing exceeds j. */
    private void addAgents(int group) {
        MultiSkillModel.Calendar calendar = model.calendar();
        List<Integer> staffing = model.agentGroups().get(group).agentsPerPeriod();
        int most = staffing.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int j = 0; j < most; j++) {
            List<Double> shifts = new ArrayList<>();
            for (int day = 0; day < calendar.days(); day++) {
                if (!calendar.open(day)) {
                    continue;
                }
                for (int p = 0; p < calendar.periodsPerDay(); p++) {
                    if (staffing.get(p) > j) {
                        double start = (day * calendar.periodsPerDay() + p) * calendar.periodLength();
                        shifts.add(start);
                        shifts.add(start + calendar.periodLength());
                    }
                }
            }
            centre.addAgent(group, model.agentGroups().get(group).name() + " #" + (j + 1),
                    shifts.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Replications 0..n-1 on substreams 0..n-1. */
    public MultiSkillReport run(int replications) {
        return run(replications, r -> {
        });
    }

    public MultiSkillReport run(int replications, IntConsumer afterReplication) {
        MultiSkillReport report = new MultiSkillReport(model);
        streams.startReplication(0);
        for (int r = 0; r < replications; r++) {
            if (r > 0) {
                streams.nextReplication();
            }
            measures.reset();
            nextId = 0;
            centre.run(router, arrivals, measures);
            report.add(measures, centre.agents(), centre.lineTime(), model.calendar().horizon(),
                    centre.simulator().firedEvents());
            afterReplication.accept(r);
        }
        return report;
    }
}
