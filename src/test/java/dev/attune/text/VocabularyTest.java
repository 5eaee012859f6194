package dev.attune.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service's vectors are bit for bit the ones the model was trained and evaluated on: the counting without
 * boxed maps, and the words tokenised once for both classifiers, change the cost and nothing else.
 */
class VocabularyTest {
    private static final TextModel MODEL = TextEstimator.shipped().model();
    private static final List<String> TEXTS = List.of("", "?!", "a", "card card card card", "😝 émigré ÅÄÖ",
            "I'm really scared and worried, I'm panicking about my money!!",
            "My new card still hasn't arrived, when will it come? It's been two weeks, I'm annoyed.",
            "why was i charged twice for the same transfer?? transfered on monday, still pending",
            "Thanks so much, that is great, have a lovely day",
            "naïve café 123abc don't won't y'all 4th 2,000 £50 €20 ???!!! tranferred transfered transferring",
            "supercalifragilisticexpialidociouslyoverlongwordthatgoespastsixtyfourcharacterseasilyyes ok",
            "the the the the the the the the the the the the the the the the the the the the the the the the the "
                    + "the the the the the the the the the the the the the the the the the the the the the the the the");

    /** Texts spelt from the model's own features, so most look-ups are hits (the fixed texts are mostly misses). */
    private static List<String> ownWords(Vocabulary vocabulary) {
        StringBuilder text = new StringBuilder();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i += 97) {
            String name = vocabulary.name(i);
            text.append(name.startsWith("#") ? name.substring(1).replace("<", "").replace(">", "") : name).append(' ');
            if (text.length() > 200) {
                texts.add(text.toString());
                text.setLength(0);
            }
        }
        return texts;
    }

    @Test
    void vectorsAreTheMapCountedOnes() {
        for (Vocabulary vocabulary : List.of(MODEL.emotionVocabulary(), MODEL.intentVocabulary())) {
            for (String text : concat(TEXTS, ownWords(vocabulary))) {
                Vocabulary.SparseVector now = vocabulary.vector(Utterances.words(text));
                Vocabulary.SparseVector reference = mapCounted(vocabulary, text);
                assertArrayEquals(reference.indices(), now.indices(), text);
                assertArrayEquals(reference.values(), now.values(), text);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void readingsFromOnceTokenisedWordsAreTheTextOnes() {
        TextEstimator estimator = new TextEstimator(MODEL);
        for (String text : TEXTS) {
            double[] groups = MODEL.groupProbabilities(text);
            double[] intents = MODEL.intentScores(text);
            TextReading reading = estimator.read(text);
            assertArrayEquals(groups, MODEL.groupProbabilities(Utterances.words(text)), text);
            assertArrayEquals(intents, MODEL.intentScores(Utterances.words(text)), text);
            assertArrayEquals(new double[] {groups[MODEL.group("anxiety")], groups[MODEL.group("anger")]},
                    new double[] {reading.anxiety(), reading.anger()}, text);
        }
    }

    /** The counting the model was trained with (a map of boxed counts, then the indices sorted). */
    private static Vocabulary.SparseVector mapCounted(Vocabulary vocabulary, String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String feature : Utterances.features(text, vocabulary.characters())) {
            int i = indexOf(vocabulary, feature);
            if (i >= 0) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[indices.length];
        double norm = 0;
        for (int k = 0; k < indices.length; k++) {
            values[k] = (float) ((1 + Math.log(counts.get(indices[k]))) * vocabulary.idf(indices[k]));
            norm += values[k] * values[k];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < values.length; k++) {
                values[k] *= scale;
            }
        }
        return new Vocabulary.SparseVector(indices, values);
    }

    private static final Map<Vocabulary, Map<String, Integer>> INDEX = new HashMap<>();

    private static int indexOf(Vocabulary vocabulary, String feature) {
        Map<String, Integer> index = INDEX.computeIfAbsent(vocabulary, v -> {
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < v.size(); i++) {
                names.put(v.name(i), i);
            }
            return names;
        });
        return index.getOrDefault(feature, -1);
    }
}
