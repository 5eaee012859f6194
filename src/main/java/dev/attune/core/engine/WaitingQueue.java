package dev.attune.core.engine;

import dev.attune.core.domain.LanguageTag;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The calls in queue, in the order they first joined it (a re-queued call keeps its place), and the
 * same calls bucketed by what they need (product and language), so an agent who becomes free looks
 * only at the calls it can serve.
 */
final class WaitingQueue {
    private final NavigableMap<Long, CallEntry> byPosition = new TreeMap<>();
    private final Map<String, NavigableMap<Long, CallEntry>> byNeed = new HashMap<>();

    /**
     * Calls and agents meet in a need by a language key ({@link LanguageTag#callerKey}), so es-US and es share
     * one unless the pool asks for an exact region.
     */
    static String need(String productCode, String languageKey) {
        return productCode + '\u0000' + languageKey;
    }

    void add(CallEntry call) {
        long position = call.call.queuePosition();
        byPosition.put(position, call);
        byNeed.computeIfAbsent(need(call.call.productCode(), call.call.languageKey()), k -> new TreeMap<>())
                .put(position, call);
    }

    /** Removes the call as it is filed now: call before replacing its product, language or language setting. */
    void remove(CallEntry call) {
        long position = call.call.queuePosition();
        byPosition.remove(position);
        String need = need(call.call.productCode(), call.call.languageKey());
        NavigableMap<Long, CallEntry> bucket = byNeed.get(need);
        if (bucket != null) {
            bucket.remove(position);
            if (bucket.isEmpty()) {
                byNeed.remove(need);
            }
        }
    }

    boolean contains(CallEntry call) {
        return byPosition.get(call.call.queuePosition()) == call;
    }

    /** Waiting calls filed under a {@link #need} key, oldest first. */
    Collection<CallEntry> needing(String need) {
        NavigableMap<Long, CallEntry> bucket = byNeed.get(need);
        return bucket == null ? Collections.emptyList() : bucket.values();
    }

    /** All waiting calls, oldest first. */
    Collection<CallEntry> inOrder() {
        return byPosition.values();
    }

    int size() {
        return byPosition.size();
    }

    boolean isEmpty() {
        return byPosition.isEmpty();
    }
}
