package dev.attune.kafka.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/** The span of one decision being sent to the broker, and the traceparent the published event carries. */
public final class Publication {
    private final Span span;
    private final String traceparent;

    Publication(Span span, String traceparent) {
        this.span = span;
        this.traceparent = traceparent;
    }

    /** What the published CloudEvent's traceparent extension says; null when there is no trace to continue. */
    public String traceparent() {
        return traceparent;
    }

    /** The broker answered: the span ends, failed if the send did. */
    public void sent(Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, "not written to the broker");
        }
        span.end();
    }
}
