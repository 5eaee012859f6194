package dev.attune.dashboard;

import java.util.Map;

/**
 * What the router as a whole is doing, across pools, read from the service's own Micrometer meters.
 *
 * @param decisionP99Millis   p99 of decision latency, null before the first decision
 * @param targetP99Millis     the latency objective ops hold the router to
 * @param deadLetters         records sent to the dead-letter topic since the service started
 * @param deadLettersByReason the same, by reason
 * @param intakeStopped       the input channel consumes nothing (failed, or records wait and none is consumed)
 * @param intakeLag           input records on this instance's partitions not consumed yet
 */
public record RouterHealth(
        Double decisionP99Millis,
        double targetP99Millis,
        long deadLetters,
        Map<String, Long> deadLettersByReason,
        boolean intakeStopped,
        long intakeLag) {

    public RouterHealth {
        deadLettersByReason = Map.copyOf(deadLettersByReason);
    }
}
