package dev.attune.rest;

import dev.attune.text.TextRead;
import dev.attune.text.TextReading;
/**
 * The answer to a posted utterance: what was read (null fields when the utterance was not read, with
 * the reason) and how many events went to the router.
 *
 * @param skipped NOT_SKIPPED, NOT_THE_CALLER (only callers are read) or LANGUAGE (the model reads English)
 * @param product the product the call moved to, or null when it did not move
 */
public record UtteranceView(String eventId, String skipped, Emotion emotion, Intent intent, String product,
        int published) {

    public record Emotion(double anxiety, double frustration, double anger, double confusion, double valence,
            double arousal, double confidence) {
    }

    public record Intent(String name, double confidence) {
    }

    static UtteranceView of(String eventId, TextRead read) {
        TextReading r = read.reading();
        if (r == null) {
            return new UtteranceView(eventId, read.skipped().name(), null, null, null, 0);
        }
        return new UtteranceView(eventId, read.skipped().name(),
                new Emotion(r.anxiety(), r.frustration(), r.anger(), r.confusion(), r.valence(), r.arousal(),
                        r.confidence()),
                new Intent(r.intent(), r.intentProbability()), read.product(), read.events().size());
    }
}
