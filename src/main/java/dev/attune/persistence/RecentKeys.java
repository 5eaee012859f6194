package dev.attune.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@code capacity} keys added, oldest forgotten first. One writer at a time adds (the journal's writes take
 * turns); any thread may ask, without a lock.
 */
final class RecentKeys {
    private final String[] ring;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private int next;

    RecentKeys(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.ring = new String[capacity];
    }

    synchronized void addAll(Collection<String> added) {
        if (ring.length == 0) {
            return;
        }
        for (String key : added) {
            if (key == null || keys.contains(key)) {
                continue;
            }
            String oldest = ring[next];
            if (oldest != null) {
                keys.remove(oldest);
            }
            ring[next] = key;
            keys.add(key);
            next = (next + 1) % ring.length;
        }
    }

    boolean contains(String key) {
        return key != null && keys.contains(key);
    }
}
