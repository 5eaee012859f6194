package dev.attune.text.training;

import dev.attune.text.Utterances;
import dev.attune.text.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Builds a vocabulary from training texts: features seen in at least minimumDocuments, smoothed idf. */
final class VocabularyBuilder {
    private VocabularyBuilder() {
    }

    static Vocabulary build(List<Example> examples, int minimumDocuments, boolean characters) {
        Map<String, Integer> documents = new HashMap<>();
        for (Example example : examples) {
            for (String feature : new HashSet<>(Utterances.features(example.text(), characters))) {
                documents.merge(feature, 1, Integer::sum);
            }
        }
        String[] names = documents.entrySet().stream()
                .filter(e -> e.getValue() >= minimumDocuments)
                .map(Map.Entry::getKey)
                .sorted()
                .toArray(String[]::new);
        float[] idf = new float[names.length];
        for (int i = 0; i < names.length; i++) {
            idf[i] = (float) (Math.log((1.0 + examples.size()) / (1.0 + documents.get(names[i]))) + 1);
        }
        return new Vocabulary(names, idf, characters);
    }
}
