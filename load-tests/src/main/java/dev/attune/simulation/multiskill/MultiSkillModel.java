package dev.attune.simulation.multiskill;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.simulation.model.DistributionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A multi-skill centre as written in a configuration file (see config/simulation/bank.json).
 *
 * @param timeUnitSeconds how many seconds one unit of the file's times is (60: the file counts minutes)
 * @param trunks          lines held by waiting and served contacts; 0 for no limit
 */
public record MultiSkillModel(
        String name,
        String source,
        double timeUnitSeconds,
        Calendar calendar,
        int trunks,
        List<ContactTypeSpec> contactTypes,
        List<AgentGroupSpec> agentGroups,
        Routing routing) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * The horizon: {@code days} days of {@code periodsPerDay} periods each; the daily profiles below
     * apply on {@code openDays} (0 = the first day) and every other day is empty.
     */
    public record Calendar(double periodLength, int periodsPerDay, int days, List<Integer> openDays) {
        public int periods() {
            return periodsPerDay * days;
        }

        public double horizon() {
            return periods() * periodLength;
        }

        public boolean open(int day) {
            return openDays.contains(day);
        }
    }

    /**
     * @param arrivalRatePerPeriod expected arrivals in each period of an open day (Poisson, constant within a period)
     * @param acceptableWaitSeconds the service-level threshold: served with a wait strictly below it counts as in time
     */
    public record ContactTypeSpec(
            String name,
            List<Double> arrivalRatePerPeriod,
            DistributionSpec patience,
            DistributionSpec serviceTime,
            double acceptableWaitSeconds) {
    }

    /**
     * @param agentsPerPeriod        agents on duty in each period of an open day
     * @param serviceTimeMultipliers by contact type name; types not listed take 1.0
     */
    public record AgentGroupSpec(
            String name,
            List<Integer> agentsPerPeriod,
            double costPerHour,
            Map<String, Double> serviceTimeMultipliers) {
    }

    /**
     * Routing tables in tiers. On arrival, a contact tries each tier of its type in turn and is served
     * by a free agent of the first tier that has one, chosen uniformly over all that tier's free agents
     * (so a group is picked in proportion to its free agents). A freed agent looks at each tier of its
     * group in turn and takes the contact that has waited longest among the heads of that tier's
     * queues (ties in list order).
     */
    public record Routing(Map<String, List<List<String>>> onArrival, Map<String, List<List<String>>> onAgentFree) {
    }

    public static MultiSkillModel read(Path file) {
        try {
            return JSON.readValue(file.toFile(), MultiSkillModel.class).validated(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read multi-skill model " + file + ": " + e.getMessage(), e);
        }
    }

    public int typeIndex(String typeName) {
        for (int k = 0; k < contactTypes.size(); k++) {
            if (contactTypes.get(k).name().equals(typeName)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no contact type named '" + typeName + "' in " + name);
    }

    public int groupIndex(String groupName) {
        for (int g = 0; g < agentGroups.size(); g++) {
            if (agentGroups.get(g).name().equals(groupName)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no agent group named '" + groupName + "' in " + name);
    }

    /** Checks everything a run would trip over, and says which entry of which file is wrong. */
    public MultiSkillModel validated(String origin) {
        List<String> problems = new ArrayList<>();
        if (!(timeUnitSeconds > 0)) {
            problems.add("timeUnitSeconds must be positive");
        }
        if (calendar == null || !(calendar.periodLength() > 0) || calendar.periodsPerDay() < 1 || calendar.days() < 1
                || calendar.openDays() == null) {
            problems.add("calendar needs periodLength > 0, periodsPerDay >= 1, days >= 1 and openDays");
        }
        if (trunks < 0) {
            problems.add("trunks must not be negative (0 means no limit)");
        }
        if (contactTypes == null || contactTypes.isEmpty() || agentGroups == null || agentGroups.isEmpty()
                || routing == null || routing.onArrival() == null || routing.onAgentFree() == null) {
            problems.add("contactTypes, agentGroups and routing (onArrival, onAgentFree) are required");
        }
        if (problems.isEmpty()) {
            int perDay = calendar.periodsPerDay();
            Set<String> types = new HashSet<>();
            for (ContactTypeSpec type : contactTypes) {
                if (!types.add(type.name())) {
                    problems.add("contact type '" + type.name() + "' appears twice");
                }
                if (type.arrivalRatePerPeriod() == null || type.arrivalRatePerPeriod().size() != perDay) {
                    problems.add("contact type '" + type.name() + "': arrivalRatePerPeriod needs " + perDay + " values");
                } else if (type.arrivalRatePerPeriod().stream().anyMatch(r -> r == null || r < 0)) {
                    problems.add("contact type '" + type.name() + "': arrival rates must not be negative");
                }
                checkDistribution(problems, type.name() + ".patience", type.patience());
                checkDistribution(problems, type.name() + ".serviceTime", type.serviceTime());
                if (!(type.acceptableWaitSeconds() > 0)) {
                    problems.add("contact type '" + type.name() + "': acceptableWaitSeconds must be positive");
                }
                if (!routing.onArrival().containsKey(type.name())) {
                    problems.add("routing.onArrival has no entry for contact type '" + type.name() + "'");
                }
            }
            Set<String> groups = new HashSet<>();
            for (AgentGroupSpec group : agentGroups) {
                if (!groups.add(group.name())) {
                    problems.add("agent group '" + group.name() + "' appears twice");
                }
                if (group.agentsPerPeriod() == null || group.agentsPerPeriod().size() != perDay) {
                    problems.add("agent group '" + group.name() + "': agentsPerPeriod needs " + perDay + " values");
                } else if (group.agentsPerPeriod().stream().anyMatch(n -> n == null || n < 0)) {
                    problems.add("agent group '" + group.name() + "': staffing must not be negative");
                }
                if (group.serviceTimeMultipliers() != null) {
                    group.serviceTimeMultipliers().forEach((type, m) -> {
                        if (!types.contains(type)) {
                            problems.add("agent group '" + group.name() + "': multiplier for unknown type '" + type + "'");
                        }
                        if (m == null || !(m > 0)) {
                            problems.add("agent group '" + group.name() + "': multiplier for '" + type + "' must be positive");
                        }
                    });
                }
                if (!routing.onAgentFree().containsKey(group.name())) {
                    problems.add("routing.onAgentFree has no entry for agent group '" + group.name() + "'");
                }
            }
            routing.onArrival().forEach((type, tiers) -> {
                if (!types.contains(type)) {
                    problems.add("routing.onArrival names unknown contact type '" + type + "'");
                }
                tiers.forEach(tier -> tier.stream().filter(g -> !groups.contains(g)).forEach(
                        g -> problems.add("routing.onArrival['" + type + "'] names unknown agent group '" + g + "'")));
            });
            routing.onAgentFree().forEach((group, tiers) -> {
                if (!groups.contains(group)) {
                    problems.add("routing.onAgentFree names unknown agent group '" + group + "'");
                }
                tiers.forEach(tier -> tier.stream().filter(t -> !types.contains(t)).forEach(
                        t -> problems.add("routing.onAgentFree['" + group + "'] names unknown contact type '" + t + "'")));
            });
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid multi-skill model " + Objects.requireNonNullElse(origin, name)
                    + ":\n  - " + String.join("\n  - ", problems));
        }
        return this;
    }

    private static void checkDistribution(List<String> problems, String where, DistributionSpec spec) {
        if (spec == null) {
            problems.add(where + " is required");
            return;
        }
        try {
            spec.sampler();
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }
}
