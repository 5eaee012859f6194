package dev.attune.kafka.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context as the CloudEvents distributed-tracing extension carries it: one {@value #EXTENSION}
 * string, {@code 00-<trace id>-<parent span id>-<flags>}.
 */
public final class TraceParent {
    /** The CloudEvents extension attribute (and W3C header) name. */
    public static final String EXTENSION = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(EXTENSION);
        }

        @Override
        public String get(String carrier, String key) {
            return EXTENSION.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The span context a traceparent names; invalid when the value is null or malformed. */
    static SpanContext parse(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return SpanContext.getInvalid();
        }
        return Span.fromContext(W3C.extract(Context.root(), traceparent.trim(), ONE_VALUE)).getSpanContext();
    }

    /** The traceparent of a span context, null when it is invalid (tracing switched off). */
    static String format(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.root().with(Span.wrap(span)), carrier, Map::put);
        return carrier.get(EXTENSION);
    }
}
