package dev.attune.simulation.trace;

import java.time.LocalDate;

/**
 * One routed call of a log: it reached the queue (or an agent directly) after the IVR.
 *
 * @param queueEntry   seconds after midnight of {@code date} when the call left the IVR for the queue or an agent
 * @param type         the log's call type (PS, PE, IN, NE, NW, TT)
 * @param priority     the log's priority (0/1 regular, 2 high)
 * @param abandoned    true when the caller hung up in queue ({@code queueTime} is then the observed patience)
 * @param queueTime    seconds in queue in the log (served: a lower bound on patience; abandoned: the patience)
 * @param serviceTime  seconds with the agent in the log; NaN for an abandoned call
 * @param server       the agent's name in the log; null when abandoned or recorded as NO_SERVER
 */
public record LoggedCall(
        LocalDate date,
        long callId,
        double queueEntry,
        String type,
        int priority,
        boolean abandoned,
        double queueTime,
        double serviceTime,
        String server) {
}
