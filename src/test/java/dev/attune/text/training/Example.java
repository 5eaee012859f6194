package dev.attune.text.training;

import java.util.Set;

/** One labelled utterance: GoEmotions labels (several) or one BANKING77 intent. */
record Example(String text, Set<String> labels) {
    String label() {
        return labels.iterator().next();
    }
}
