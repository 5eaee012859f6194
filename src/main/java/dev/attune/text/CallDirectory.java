package dev.attune.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The routing attributes of the live calls of this instance's pools, as acd.calls last described them,
 * so an intent read from the caller's words can be published as a complete call.updated. Bounded: the
 * oldest calls are forgotten first. Thread-safe.
 */
public final class CallDirectory {
    /** What a call.updated must repeat besides the product. */
    public record CallAttributes(String poolId, String callId, String productCode, String language, int priority,
            boolean vulnerable, double amountAtStake, String lifeEvent) {
        CallAttributes withProduct(String product) {
            return new CallAttributes(poolId, callId, product, language, priority, vulnerable, amountAtStake, lifeEvent);
        }
    }

    private final Map<String, CallAttributes> calls;

    public CallDirectory(int capacity) {
        this.calls = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CallAttributes> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void put(CallAttributes call) {
        calls.put(key(call.poolId(), call.callId()), call);
    }

    public synchronized void remove(String poolId, String callId) {
        calls.remove(key(poolId, callId));
    }

    public synchronized Optional<CallAttributes> get(String poolId, String callId) {
        return Optional.ofNullable(calls.get(key(poolId, callId)));
    }

    /**
     * Moves a generic call to a product, once: returns the updated attributes, or empty when the call is
     * unknown here or its product is already specific.
     */
    public synchronized Optional<CallAttributes> specialise(String poolId, String callId, String product,
            IntentProducts mapping) {
        CallAttributes call = calls.get(key(poolId, callId));
        if (call == null || !mapping.generic(call.productCode())) {
            return Optional.empty();
        }
        CallAttributes updated = call.withProduct(product);
        calls.put(key(poolId, callId), updated);
        return Optional.of(updated);
    }

    public synchronized int size() {
        return calls.size();
    }

    private static String key(String poolId, String callId) {
        return poolId + '\u0000' + callId;
    }
}
