package dev.attune.core.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent ids seen, up to a bound, so late duplicates are ignored without memory growing all day. */
final class RecentIds {
    private final Map<String, Boolean> ids;

    RecentIds(int bound) {
        this.ids = new LinkedHashMap<>(Math.min(bound, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > bound;
            }
        };
    }

    void add(String id) {
        ids.put(id, Boolean.TRUE);
    }

    boolean contains(String id) {
        return ids.containsKey(id);
    }
}
