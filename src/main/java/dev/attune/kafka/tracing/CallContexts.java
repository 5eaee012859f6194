package dev.attune.kafka.tracing;

import io.opentelemetry.api.trace.SpanContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trace each live call belongs to: the first span Attune made for it. Events and timer decisions that bring
 * no trace context of their own join it, so a call is one trace. Bounded: the longest-unused calls are forgotten.
 */
final class CallContexts {
    private final Map<String, SpanContext> byCall;

    CallContexts(int maxCalls) {
        this.byCall = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SpanContext> eldest) {
                return size() > maxCalls;
            }
        };
    }

    synchronized SpanContext of(String callId) {
        SpanContext known = callId == null ? null : byCall.get(callId);
        return known == null ? SpanContext.getInvalid() : known;
    }

    synchronized void joinIfNew(String callId, SpanContext span) {
        if (callId != null && span.isValid()) {
            byCall.putIfAbsent(callId, span);
        }
    }

    synchronized void forget(String callId) {
        if (callId != null) {
            byCall.remove(callId);
        }
    }
}
