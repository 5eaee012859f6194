package dev.attune.text;

import java.util.List;

/**
 * What reading one utterance led to: the reading (absent when the utterance was not read: not the
 * caller, or a language the model does not read), the product the caller's words moved the call to (or
 * null), and the events to publish for it.
 */
public record TextRead(TextReading reading, String product, List<Outgoing> events, Skipped skipped) {

    /** One event for a topic, keyed by pool. */
    public record Outgoing(String topic, String key, byte[] value) {
    }

    /** Why an utterance produced no reading. */
    public enum Skipped {
        NOT_SKIPPED, NOT_THE_CALLER, LANGUAGE
    }

    public static TextRead skipped(Skipped why) {
        return new TextRead(null, null, List.of(), why);
    }
}
