package dev.attune.text;

import java.time.Instant;

/**
 * One utterance of a conversation as a transcript event or the REST endpoint carries it. Lives only
 * while it is read: never stored, journalled or logged ({@link #toString()} leaves the text out).
 *
 * @param eventId       CloudEvents id of the transcript event (or one the endpoint makes)
 * @param offsetMillis  where it starts in the conversation
 * @param said          when it was said: the time of the estimates it leads to
 */
public record Utterance(String eventId, String poolId, String callId, Speaker speaker, long offsetMillis,
        String text, String language, Instant said) {

    public enum Speaker {
        CALLER, AGENT, IVR
    }

    @Override
    public String toString() {
        return "Utterance[" + eventId + ", pool " + poolId + ", call " + callId + ", " + speaker + " at "
                + offsetMillis + " ms, " + language + "]";
    }
}
