package dev.attune.simulation.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Calls to replay, grouped by day, with the agents who worked each half hour. In the Anonymous Bank log
 * an agent counts as working a half hour when a call they served overlaps it: the staffing the log can
 * show, which misses agents idle for a whole half hour.
 *
 * @param name    "january", "synthetic day", ...
 * @param days    calls of each day in order of queue entry
 * @param staffing for each day, each agent's working half hours (bit i = [i×30 min, (i+1)×30 min))
 * @param typesServed for each agent, how many calls of each type the log shows them serving
 */
public record CallLog(
        String name,
        SortedMap<LocalDate, List<LoggedCall>> days,
        SortedMap<LocalDate, Map<String, BitSet>> staffing,
        Map<String, Map<String, Integer>> typesServed,
        LogDefects defects) {

    public static final int SLOTS_PER_DAY = 48;
    public static final double SLOT_SECONDS = 1800;

    public int callCount() {
        return days.values().stream().mapToInt(List::size).sum();
    }

    public List<String> agents() {
        List<String> names = new ArrayList<>(typesServed.keySet());
        Collections.sort(names);
        return names;
    }

    /** Only the given days (e.g. the first weekday for a quick check). */
    public CallLog onlyDays(int count) {
        SortedMap<LocalDate, List<LoggedCall>> kept = new TreeMap<>();
        SortedMap<LocalDate, Map<String, BitSet>> keptStaffing = new TreeMap<>();
        for (LocalDate date : days.keySet()) {
            if (kept.size() == count) {
                break;
            }
            kept.put(date, days.get(date));
            keptStaffing.put(date, staffing.getOrDefault(date, Map.of()));
        }
        return new CallLog(name, kept, keptStaffing, typesServed, defects);
    }
}
