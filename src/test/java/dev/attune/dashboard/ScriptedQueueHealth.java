package dev.attune.dashboard;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool whose queue changes on every frame, for page tests that must show each state on demand
 * without the engine. Only active under {@link ScriptedService}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ScriptedQueueHealth implements QueueHealthSource {
    public enum Mode { MOVING, NO_POOLS, FAILING }

    private final AtomicInteger frame = new AtomicInteger();
    private volatile Mode mode = Mode.MOVING;

    public void mode(Mode newMode) {
        mode = newMode;
    }

    @Override
    public List<PoolHealth> pools() {
        return switch (mode) {
            case NO_POOLS -> List.of();
            case FAILING -> throw new IllegalStateException("engine busy rebuilding pool east");
            case MOVING -> List.of(moving(frame.incrementAndGet()));
        };
    }

    private static PoolHealth moving(int n) {
        int waiting = 3 + n % 5;
        double longest = 4 + (n % 7) * 3.5;
        List<PoolHealth.WaitingCall> calls = List.of(
                new PoolHealth.WaitingCall("call-" + (100 + n), "401K_ROLLOVER", longest, 0.82, 0.74, 0.9, "agent-7"),
                new PoolHealth.WaitingCall("call-" + (200 + n), "CARD_SERVICES", longest / 2, 0.21, 0.18, 0.2, null));
        List<PoolHealth.Decision> decisions = List.of(
                new PoolHealth.Decision("decision-" + (n / 3), "call-" + (n / 3), "agent-" + (n / 3 % 9), "PLAN",
                        Instant.now(), -1200, 0.78, "Anxious about a rollover: slow down, confirm each step."),
                new PoolHealth.Decision("decision-0", "call-0", "agent-3", "DECIDER", Instant.now().minusSeconds(30),
                        -3400, 0.35, "Routine card question."));
        return new PoolHealth("east", waiting, longest, 0.84 - (n % 3) * 0.01, 0.8, 20, 0.021, 410, 9,
                new PoolHealth.CareWaiting(1, longest), new PoolHealth.CareWaiting(1, longest),
                Map.of("AVAILABLE", 4, "BUSY", 31 + n % 3, "WRAP_UP", 5, "RESERVED", 2, "AWAY", 3, "LOGGED_OUT", 10),
                2, "PLAN", null, Map.of("PLAN", 380L + n, "DECIDER", 41L, "FALLBACK", 0L), 0, 3.5 + n % 4,
                List.of(new PoolHealth.QueueHealth("401K_ROLLOVER", waiting - 1, longest, 1, 1),
                        new PoolHealth.QueueHealth("CARD_SERVICES", 1, longest / 2, 0, 0)),
                calls, decisions);
    }
}
