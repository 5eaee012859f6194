package dev.attune.simulation.trace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.model.DistributionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import umontreal.ssj.rng.RandomStream;

/**
 * A synthetic day (config/simulation/synthetic-day.json) for runs without the Anonymous Bank data:
 * Poisson arrivals per half hour, call types by share, log-normal service times per type, and agents on
 * fixed shifts serving listed call types. It produces the same {@link CallLog} a real log does, with every
 * caller recorded as served after no wait, so patience comes entirely from {@link #meanPatienceSeconds()}.
 */
public record SyntheticDay(
        String description,
        String date,
        int days,
        List<Double> arrivalsPerHalfHour,
        double highPriorityShare,
        Map<String, CallType> callTypes,
        List<AgentShift> agents) {

    public record CallType(double share, DistributionSpec serviceTime, double meanPatienceSeconds) {
    }

    /** {@code count} agents named prefix-1..n, on duty from..to ("HH:MM", "24:00" allowed), serving the listed types. */
    public record AgentShift(int count, String prefix, String from, String to, List<String> serves) {
    }

    public static SyntheticDay read(Path file) {
        try {
            SyntheticDay day = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(file.toFile(), SyntheticDay.class);
            if (day.arrivalsPerHalfHour().size() != CallLog.SLOTS_PER_DAY) {
                throw new IllegalArgumentException(file + ": arrivalsPerHalfHour needs " + CallLog.SLOTS_PER_DAY + " values");
            }
            return day;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    public Map<String, Double> meanPatienceSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        callTypes.forEach((type, spec) -> out.put(type, spec.meanPatienceSeconds()));
        return out;
    }

    /** The day(s) as a call log, drawn from the given seed. */
    public CallLog generate(long seed) {
        RandomStreams streams = RandomStreams.of(seed, List.of("arrivals", "types", "service"));
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream types = streams.stream("types");
        RandomStream service = streams.stream("service");
        Map<String, DistributionSpec.Sampler> samplers = new LinkedHashMap<>();
        callTypes.forEach((type, spec) -> samplers.put(type, spec.serviceTime().sampler()));
        SortedMap<LocalDate, List<LoggedCall>> byDay = new TreeMap<>();
        SortedMap<LocalDate, Map<String, BitSet>> staffing = new TreeMap<>();
        Map<String, Map<String, Integer>> typesServed = new TreeMap<>();
        long id = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = LocalDate.parse(date).plusDays(d);
            List<LoggedCall> calls = new ArrayList<>();
            for (int slot = 0; slot < CallLog.SLOTS_PER_DAY; slot++) {
                double rate = arrivalsPerHalfHour.get(slot) / CallLog.SLOT_SECONDS;
                if (rate <= 0) {
                    continue;
                }
                double t = slot * CallLog.SLOT_SECONDS - Math.log1p(-arrivals.nextDouble()) / rate;
                while (t < (slot + 1) * CallLog.SLOT_SECONDS) {
                    String type = pickType(types.nextDouble());
                    int priority = types.nextDouble() < highPriorityShare ? 2 : 1;
                    double time = Math.max(1, samplers.get(type).sample(service));
                    calls.add(new LoggedCall(day, id++, t, type, priority, false, 0, time, null));
                    t -= Math.log1p(-arrivals.nextDouble()) / rate;
                }
            }
            byDay.put(day, calls);
            Map<String, BitSet> onDuty = new TreeMap<>();
            for (AgentShift shift : agents) {
                int from = slotOf(shift.from());
                int to = slotOf(shift.to());
                for (int i = 1; i <= shift.count(); i++) {
                    String name = shift.prefix() + "-" + i;
                    BitSet slots = new BitSet(CallLog.SLOTS_PER_DAY);
                    slots.set(from, to);
                    onDuty.put(name, slots);
                    Map<String, Integer> served = typesServed.computeIfAbsent(name, n -> new TreeMap<>());
                    shift.serves().forEach(type -> served.merge(type, 1000, Integer::sum));
                }
            }
            staffing.put(day, onDuty);
        }
        return new CallLog("synthetic day", byDay, staffing, typesServed, new LogDefects());
    }

    private String pickType(double u) {
        double total = callTypes.values().stream().mapToDouble(CallType::share).sum();
        double cumulative = 0;
        String last = null;
        for (Map.Entry<String, CallType> entry : callTypes.entrySet()) {
            cumulative += entry.getValue().share() / total;
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        return last;
    }

    private static int slotOf(String hhmm) {
        if (hhmm.equals("24:00")) {
            return CallLog.SLOTS_PER_DAY;
        }
        LocalTime time = LocalTime.parse(hhmm);
        return (int) (time.toSecondOfDay() / CallLog.SLOT_SECONDS);
    }
}
