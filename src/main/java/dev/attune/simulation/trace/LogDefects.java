package dev.attune.simulation.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a loader found wrong or left out, by kind, with a few line numbers of each for a human to look at. */
public final class LogDefects {
    private static final int EXAMPLES = 5;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<Integer>> examples = new LinkedHashMap<>();

    public void note(String kind, int line) {
        counts.merge(kind, 1, Integer::sum);
        List<Integer> lines = examples.computeIfAbsent(kind, k -> new ArrayList<>());
        if (lines.size() < EXAMPLES) {
            lines.add(line);
        }
    }

    public int count(String kind) {
        return counts.getOrDefault(kind, 0);
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** One line per kind: "  wrong field count: 3 rows (lines 17, 2040, 9911)". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, count) -> out.append("  ").append(kind).append(": ").append(count)
                .append(count == 1 ? " row" : " rows").append(" (lines ")
                .append(String.join(", ", examples.get(kind).stream().map(String::valueOf).toList()))
                .append(count > EXAMPLES ? ", ..." : "").append(")\n"));
        return out.toString();
    }
}
