package dev.attune.text;

import java.util.Arrays;
import java.util.List;

/**
 * The numbers of an utterance's known features, found without a String per feature: each feature of
 * {@link Utterances#fromWords} (word, word pair, last word with "&lt;/s&gt;", then "#" and each character
 * 3-5-gram of "&lt;word&gt;") is spelt into one reusable char buffer and looked up in the
 * {@link FeatureIndex}. The same features, in a different order: the vector counts them after sorting.
 * {@code VocabularyTest} checks the result against the String features the model was trained on.
 */
final class FeatureLookup {
    private static final char[] START = "<s>".toCharArray();
    private static final char[] END = " </s>".toCharArray();
    private final FeatureIndex index;
    private char[] spelling = new char[64];
    private int[] found = new int[64];
    private int count;

    private FeatureLookup(FeatureIndex index) {
        this.index = index;
    }

    /** Numbers of the known features, unsorted, with repeats: {@code [0, length)} of the array returned. */
    static Found of(FeatureIndex index, List<String> words, boolean characters) {
        FeatureLookup lookup = new FeatureLookup(index);
        lookup.words(words);
        if (characters) {
            for (String word : words) {
                lookup.characters(word);
            }
        }
        return new Found(lookup.found, lookup.count);
    }

    record Found(int[] numbers, int length) {
    }

    private void words(List<String> words) {
        int previous = copy(START, 0);
        for (String word : words) {
            int length = word.length();
            room(previous + 1 + length);
            // spelling holds the previous word: append " word" for the pair, then the word alone
            spelling[previous] = ' ';
            word.getChars(0, length, spelling, previous + 1);
            look(previous + 1 + length);
            word.getChars(0, length, spelling, 0);
            look(length);
            previous = length;
        }
        room(previous + END.length);
        System.arraycopy(END, 0, spelling, previous, END.length);
        look(previous + END.length);
    }

    /** "#" and each 3-, 4- and 5-gram of "&lt;word&gt;", as {@link Utterances} makes them. */
    private void characters(String word) {
        int padded = word.length() + 2;
        char[] chars = new char[padded];
        chars[0] = '<';
        word.getChars(0, word.length(), chars, 1);
        chars[padded - 1] = '>';
        room(6);
        spelling[0] = '#';
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= padded; i++) {
                System.arraycopy(chars, i, spelling, 1, n);
                look(n + 1);
            }
        }
    }

    private int copy(char[] chars, int at) {
        room(at + chars.length);
        System.arraycopy(chars, 0, spelling, at, chars.length);
        return at + chars.length;
    }

    private void look(int length) {
        int number = index.find(spelling, length);
        if (number >= 0) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = number;
        }
    }

    private void room(int length) {
        if (length > spelling.length) {
            spelling = Arrays.copyOf(spelling, Math.max(length, spelling.length * 2));
        }
    }
}
