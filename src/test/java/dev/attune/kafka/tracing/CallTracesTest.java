package dev.attune.kafka.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans of a call, made by the real OpenTelemetry SDK and collected as an exporter would receive them. */
class CallTracesTest {
    private static final String ACD_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private final List<SpanData> exported = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new Collecting())).build();
    private final Tracer tracer = provider.get("attune-test");
    private final CallTraces traces = new CallTraces(tracer, 1000);

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void eventsAndDecisionsOfACallWithoutContextShareOneTrace() {
        String arrival = traces.intake(inbound("call.arrived", "c-1", null, false));
        String emotion = traces.intake(inbound("emotion.estimated", "c-1", null, false));
        Publication byTimer = traces.publication("d-1", "pool", "c-1", null, 0);
        byTimer.sent(null);

        assertEquals(traceOf(arrival), traceOf(emotion), "a call is one trace");
        assertEquals(traceOf(arrival), traceOf(byTimer.traceparent()), "a timer's decision joins the call's trace");
        assertEquals(4, exported.size(), "intake, intake, decide, publish");
    }

    @Test
    void aDecisionIsAChildOfItsCauseAndThePublishedContextNamesThePublication() {
        String cause = traces.intake(inbound("call.arrived", "c-2", "00-" + ACD_TRACE + "-00f067aa0ba902b7-01", false));
        Publication publication = traces.publication("d-2", "pool", "c-2", cause, System.nanoTime() - 5_000_000);
        publication.sent(null);

        SpanData intake = span("intake dev.attune.call.arrived");
        SpanData decide = span("decide");
        SpanData publish = span("publish decision");
        assertEquals("00f067aa0ba902b7", intake.getParentSpanId(), "the ACD's span is the intake's parent");
        assertEquals(intake.getSpanId(), decide.getParentSpanId());
        assertEquals(decide.getSpanId(), publish.getParentSpanId());
        assertEquals("00-" + ACD_TRACE + "-" + publish.getSpanId() + "-01", publication.traceparent());
        assertEquals(true, decide.getEndEpochNanos() - decide.getStartEpochNanos() >= 5_000_000,
                "decide spans from when the cause was received");
    }

    @Test
    void anEndedCallIsForgotten() {
        String first = traces.intake(inbound("call.arrived", "c-3", null, false));
        traces.intake(inbound("call.ended", "c-3", null, true));
        String later = traces.intake(inbound("call.updated", "c-3", null, false));
        assertNotEquals(traceOf(first), traceOf(later));
    }

    @Test
    void withTracingOffACausesContextIsPassedOnUnchanged() {
        CallTraces off = new CallTraces(io.opentelemetry.api.trace.TracerProvider.noop().get("off"), 10);
        String acd = "00-" + ACD_TRACE + "-00f067aa0ba902b7-01";
        String cause = off.intake(inbound("call.arrived", "c-4", acd, false));
        assertEquals(acd, cause);
        assertEquals(acd, off.publication("d-4", "pool", "c-4", cause, 0).traceparent());
        assertNull(off.publication("d-5", "pool", "c-5", null, 0).traceparent());
        assertNull(off.intake(inbound("call.arrived", "c-6", "not-a-trace-context", false)), "malformed: not passed on");
    }

    private static Inbound inbound(String type, String callId, String traceparent, boolean callOver) {
        return new Inbound("dev.attune." + type, "e-" + type, callId, traceparent, "acd.calls/0@1", callOver);
    }

    private static String traceOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    private SpanData span(String name) {
        return exported.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private final class Collecting implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
