package dev.attune.simulation.whatif;

import dev.attune.core.domain.AgentProfile;
import dev.attune.learning.JournalledCall;
import dev.attune.simulation.day.KnownCaller;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LogDefects;
import dev.attune.simulation.trace.LoggedCall;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A buyer's own journalled traffic as a call log the what-if replays: each call at its arrival time (UTC days),
 * its product as the call type, its priority, whether the caller hung up and after how long, the handle time
 * its agent took; the agents who answered, each on duty in the half hours their calls overlap (the rule of the
 * Anonymous Bank log), with their profiles from today's roster; and per call the product, language,
 * vulnerability and distress the replay takes instead of drawing them.
 *
 * @param calls       the journalled calls of the period, in arrival order
 * @param roster      today's profiles of the agents (one who left keeps a drawn profile)
 * @param description what the screen calls it, e.g. "journalled traffic of pool cards, 2026-12-01 to 2026-12-02"
 */
public record JournalTraffic(List<JournalledCall> calls, List<AgentProfile> roster, String description) {

    /** The log, the callers the journal knows by log call id, and the agents' profiles by name. */
    record Replayable(CallLog log, Map<Long, KnownCaller> callers, Map<String, AgentProfile> agents, int skipped) {
    }

    /**
     * @throws IllegalStateException when no journalled call can be replayed (none answered or abandoned, or no
     *                               handle time to give the answered ones)
     */
    Replayable replayable() {
        double medianHandle = medianHandleSeconds();
        SortedMap<LocalDate, List<LoggedCall>> days = new TreeMap<>();
        SortedMap<LocalDate, Map<String, BitSet>> staffing = new TreeMap<>();
        Map<String, Map<String, Integer>> typesServed = new TreeMap<>();
        Map<Long, KnownCaller> known = new HashMap<>();
        long id = 0;
        int skipped = 0;
        for (JournalledCall call : calls) {
            if (!call.answered() && !call.abandoned()) {
                skipped++;
                continue;
            }
            LocalDate date = LocalDate.ofInstant(call.arrivedAt(), ZoneOffset.UTC);
            double entry = call.arrivedAt().getEpochSecond() - date.atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                    + call.arrivedAt().getNano() / 1e9;
            double handle = Double.isNaN(call.handleSeconds()) ? medianHandle : Math.max(1, call.handleSeconds());
            String agent = call.answered() ? call.agentId() : null;
            days.computeIfAbsent(date, d -> new ArrayList<>()).add(new LoggedCall(date, id, entry, call.productCode(),
                    call.priority(), !call.answered(), Math.max(0, call.waitSeconds()),
                    call.answered() ? handle : Double.NaN, agent));
            known.put(id++, new KnownCaller(call.productCode(), call.language(), call.vulnerable(),
                    call.distressAtAnswer()));
            if (agent != null) {
                typesServed.computeIfAbsent(agent, a -> new TreeMap<>()).merge(call.productCode(), 1, Integer::sum);
                onDuty(staffing.computeIfAbsent(date, d -> new TreeMap<>()), agent, entry + call.waitSeconds(), handle);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("no journalled call in " + description + " was answered or abandoned");
        }
        days.keySet().forEach(date -> staffing.putIfAbsent(date, new TreeMap<>()));
        Map<String, AgentProfile> agents = new HashMap<>();
        roster.stream().filter(p -> typesServed.containsKey(p.id())).forEach(p -> agents.put(p.id(), p));
        return new Replayable(new CallLog("journal", days, staffing, typesServed, new LogDefects()), known, agents,
                skipped);
    }

    /** The half hours of the day an answered call overlaps, from answer to end, credited to its agent. */
    private static void onDuty(Map<String, BitSet> byAgent, String agent, double answeredAt, double handle) {
        BitSet slots = byAgent.computeIfAbsent(agent, a -> new BitSet(CallLog.SLOTS_PER_DAY));
        int first = (int) Math.min(CallLog.SLOTS_PER_DAY - 1, answeredAt / CallLog.SLOT_SECONDS);
        int last = (int) Math.min(CallLog.SLOTS_PER_DAY - 1, (answeredAt + handle) / CallLog.SLOT_SECONDS);
        slots.set(first, last + 1);
    }

    /** Stands in for a journalled answer whose end was not journalled (yet). */
    private double medianHandleSeconds() {
        double[] known = calls.stream().filter(JournalledCall::answered).mapToDouble(JournalledCall::handleSeconds)
                .filter(h -> !Double.isNaN(h)).sorted().toArray();
        if (known.length == 0) {
            if (calls.stream().anyMatch(JournalledCall::answered)) {
                throw new IllegalStateException("no answered call in " + description + " has a journalled end: "
                        + "no handle time to replay");
            }
            return Double.NaN;
        }
        return known[known.length / 2];
    }
}
