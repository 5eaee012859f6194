package dev.attune.load;

import java.time.Duration;

/**
 * How the ACD and the analytics feed behave: how fast agents answer an offer, how often they decline or
 * let it ring out, how long calls and wrap-up take, how often analytics reads the caller's emotion.
 *
 * <p>A load test at hundreds of calls per second with a few hundred agents is only possible if calls are
 * short; otherwise every agent is busy and the offer latency measures the queue, not the router. So a
 * step compresses the whole agent cycle (answer, talk, wrap-up) by one factor that keeps the agents'
 * occupancy at a chosen share, and says so in the report.
 *
 * @param acceptDelay   mean time from the offer reaching the ACD to the agent answering (exponential)
 * @param rejectShare   share of offers the agent declines
 * @param timeoutShare  share of offers that ring out with no answer (RONA)
 * @param ringTimeout   when the ACD gives up ringing and reports offer.timed-out
 * @param handleTime    mean talk time (exponential)
 * @param wrapUp        mean wrap-up time after the call (exponential)
 * @param awayAfterRona how long an agent who let an offer ring out stays AWAY
 * @param emotionEvery  how often analytics publishes an estimate per live call
 * @param compression   1 for real time; smaller when the cycle has been squeezed for a load step
 */
public record Traffic(
        double callsPerSecond,
        Duration acceptDelay,
        double rejectShare,
        double timeoutShare,
        Duration ringTimeout,
        Duration handleTime,
        Duration wrapUp,
        Duration awayAfterRona,
        Duration emotionEvery,
        double compression) {

    public Traffic {
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("callsPerSecond must be positive, was " + callsPerSecond);
        }
        if (rejectShare < 0 || timeoutShare < 0 || rejectShare + timeoutShare > 1) {
            throw new IllegalArgumentException("reject and timeout shares must be in [0,1] and add up to at most 1");
        }
    }

    /** A contact centre's ordinary day: agents answer in about 2 s, talk about 4 minutes, wrap up in 20 s. */
    public static Traffic realistic(double callsPerSecond) {
        return new Traffic(callsPerSecond, Duration.ofMillis(2_000), 0.03, 0.01, Duration.ofSeconds(12),
                Duration.ofSeconds(240), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(3), 1.0);
    }

    /** The agent cycle one call takes: answer, talk, wrap up. */
    public Duration agentCycle() {
        return acceptDelay.plus(handleTime).plus(wrapUp);
    }

    /**
     * The same behaviour at another rate, with the agent cycle squeezed so that {@code agents} agents stay
     * about {@code occupancy} busy (Little's law: busy agents = rate x cycle). Never stretched beyond real time.
     * Emotion estimates keep their real-time pace: analytics does not speed up because calls are short.
     */
    public Traffic at(double rate, int agents, double occupancy) {
        double cycleSeconds = agentCycle().toNanos() / 1e9;
        double factor = Math.min(1.0, occupancy * agents / (rate * cycleSeconds));
        return new Traffic(rate, scale(acceptDelay, factor), rejectShare, timeoutShare, scale(ringTimeout, factor),
                scale(handleTime, factor), scale(wrapUp, factor), scale(awayAfterRona, factor), emotionEvery, factor);
    }

    private static Duration scale(Duration duration, double factor) {
        return Duration.ofNanos(Math.max(1_000_000L, Math.round(duration.toNanos() * factor)));
    }
}
