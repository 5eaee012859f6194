package dev.attune.text;

import java.util.Arrays;
import java.util.List;

/**
 * The features a model knows, each with its inverse document frequency, and the weighting that turns an
 * utterance into a sparse vector: sublinear term frequency times idf, scaled to unit length. Features
 * the model never saw are dropped.
 */
public final class Vocabulary {
    private final FeatureIndex index;
    private final String[] names;
    private final float[] idf;
    private final boolean characters;

    /** @param characters whether character n-grams are features too (see {@link Utterances}) */
    public Vocabulary(String[] names, float[] idf, boolean characters) {
        if (names.length != idf.length) {
            throw new IllegalArgumentException("one idf per feature");
        }
        this.names = names.clone();
        this.idf = idf.clone();
        this.characters = characters;
        this.index = new FeatureIndex(this.names);
    }

    public boolean characters() {
        return characters;
    }

    public int size() {
        return names.length;
    }

    public String name(int feature) {
        return names[feature];
    }

    public float idf(int feature) {
        return idf[feature];
    }

    public SparseVector vector(String text) {
        return vector(Utterances.words(text));
    }

    /**
     * The vector of an utterance's words ({@link Utterances#words}). Features are looked up from their
     * characters ({@link FeatureLookup}), gathered in an array and counted in runs after sorting (no String per
     * feature, no boxed counts); the weights are computed in increasing index order as before, so every value
     * is bit for bit what training saw.
     */
    public SparseVector vector(List<String> words) {
        FeatureLookup.Found features = FeatureLookup.of(index, words, characters);
        int[] found = features.numbers();
        int n = features.length();
        Arrays.sort(found, 0, n);
        int[] indices = new int[n];
        int[] counts = new int[n];
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct > 0 && indices[distinct - 1] == found[k]) {
                counts[distinct - 1]++;
            } else {
                indices[distinct] = found[k];
                counts[distinct++] = 1;
            }
        }
        indices = Arrays.copyOf(indices, distinct);
        float[] values = new float[distinct];
        double norm = 0;
        for (int k = 0; k < distinct; k++) {
            values[k] = (float) ((1 + Math.log(counts[k])) * idf[indices[k]]);
            norm += values[k] * values[k];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < values.length; k++) {
                values[k] *= scale;
            }
        }
        return new SparseVector(indices, values);
    }

    /** A sparse vector: feature indices in increasing order and their values. */
    public record SparseVector(int[] indices, float[] values) {
        @Override
        public String toString() {
            return "SparseVector" + Arrays.toString(indices);
        }
    }
}
