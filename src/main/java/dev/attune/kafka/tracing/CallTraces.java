package dev.attune.kafka.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One trace per call across intake, decision and publish (docs/operations.md, "Logs and traces"). An input event's
 * own W3C trace context (its CloudEvents traceparent) is the parent of its intake span; an event without one joins
 * its call's trace, and the first event of a call without one starts it. A decision is a child of the event that
 * caused it (or of its call's trace, when a timer decided), its publication a child of the decision, and the
 * published event's traceparent names the publication, so the ACD's trace goes on from there.
 * With the OpenTelemetry SDK off (quarkus.otel.sdk.disabled) no span is made and a cause's traceparent is passed on
 * unchanged. Spans carry ids and positions, never event data.
 */
@ApplicationScoped
public class CallTraces {
    private final Tracer tracer;
    private final CallContexts calls;

    @Inject
    public CallTraces(Tracer tracer, @ConfigProperty(name = "attune.tracing.max-calls") int maxCalls) {
        this.tracer = tracer;
        this.calls = new CallContexts(maxCalls);
    }

    /** Records the intake of one event; returns the traceparent its decisions continue from (null: none). */
    public String intake(Inbound event) {
        SpanContext own = TraceParent.parse(event.traceparent());
        SpanContext parent = own.isValid() ? own : calls.of(event.callId());
        Span span = child(tracer.spanBuilder("intake " + event.type()), parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "receive")
                .setAttribute("cloudevents.event_id", event.eventId())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("attune.input.position", event.position())
                .startSpan();
        span.end();
        if (event.callOver()) {
            calls.forget(event.callId());
        } else {
            calls.joinIfNew(event.callId(), span.getSpanContext());
        }
        String continued = TraceParent.format(span.getSpanContext());
        // Tracing off: the event's own context goes on (re-formatted, so a malformed value goes no further).
        return continued != null ? continued : TraceParent.format(own);
    }

    /**
     * Starts the spans of one decision: "decide" from when its cause was received until now, and "publish", open
     * until the broker answers ({@link Publication#sent}).
     *
     * @param causeTraceparent what {@link #intake} returned for the event that caused it; null for a timer
     * @param causeReceivedNanos {@link System#nanoTime()} when the cause was received; 0 for a timer
     */
    public Publication publication(String decisionId, String poolId, String callId, String causeTraceparent,
            long causeReceivedNanos) {
        SpanContext cause = TraceParent.parse(causeTraceparent);
        SpanContext parent = cause.isValid() ? cause : calls.of(callId);
        SpanBuilder decide = child(tracer.spanBuilder("decide"), parent)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("attune.pool", poolId)
                .setAttribute("attune.decision_id", decisionId);
        if (causeReceivedNanos != 0) {
            long ago = System.nanoTime() - causeReceivedNanos;
            Instant received = Instant.now().minusNanos(Math.max(0, ago));
            decide.setStartTimestamp(received);
        }
        Span decision = decide.startSpan();
        decision.end();
        Span publish = child(tracer.spanBuilder("publish decision"), decision.getSpanContext())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("cloudevents.event_id", decisionId)
                .startSpan();
        String traceparent = TraceParent.format(publish.getSpanContext());
        return new Publication(publish, traceparent != null ? traceparent
                : TraceParent.format(parent));
    }

    private static SpanBuilder child(SpanBuilder builder, SpanContext parent) {
        return parent.isValid() ? builder.setParent(Context.root().with(Span.wrap(parent))) : builder.setNoParent();
    }
}
