package dev.attune.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one utterance into the n-gram features both classifiers read: lower-cased words, word pairs,
 * and "!" / "?" kept as words because an exclamation or a question says something about emotion.
 * The same code runs in training and at run time, so a feature means the same thing in both.
 */
public final class Utterances {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|[!?]");

    private Utterances() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Word unigrams and bigrams (with sentence start and end), as feature names. */
    public static List<String> features(String text) {
        return fromWords(words(text), false);
    }

    /**
     * The features of already tokenised words ({@link #words}): the service tokenises an utterance once for
     * both classifiers. With characters, the character n-grams follow the word features, as in
     * {@link #featuresWithCharacters}.
     */
    public static List<String> fromWords(List<String> words, boolean characters) {
        List<String> features = wordFeatures(words);
        if (characters) {
            addCharacters(words, features);
        }
        return features;
    }

    private static List<String> wordFeatures(List<String> words) {
        List<String> features = new ArrayList<>(words.size() * 2 + 1);
        String previous = "<s>";
        for (String word : words) {
            features.add(word);
            features.add(previous + ' ' + word);
            previous = word;
        }
        features.add(previous + " </s>");
        return features;
    }

    /**
     * The word features plus character 3- to 5-grams of each word (marked with "#"), which catch
     * misspellings and word forms ("transfered", "transferring") that short utterances depend on.
     */
    public static List<String> featuresWithCharacters(String text) {
        return fromWords(words(text), true);
    }

    private static void addCharacters(List<String> words, List<String> features) {
        for (String word : words) {
            String padded = '<' + word + '>';
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add('#' + padded.substring(i, i + n));
                }
            }
        }
    }

    public static List<String> features(String text, boolean characters) {
        return characters ? featuresWithCharacters(text) : features(text);
    }
}
