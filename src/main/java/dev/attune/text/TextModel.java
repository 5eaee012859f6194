package dev.attune.text;

import java.util.List;

/**
 * The trained text model: one binary classifier per emotion group over GoEmotions features, a
 * calibration of the top group's probability into a confidence, and a BANKING77 intent classifier.
 * Immutable and thread-safe; {@link TextModelFile} reads and writes it.
 *
 * @param emotionVocabulary features of the emotion classifiers
 * @param groups            the emotion groups, in the order of the emotion layer's outputs
 * @param emotionLayer      one logistic-regression output per group
 * @param confidence        maps the highest calibrated group probability to P(that group is right)
 * @param intentVocabulary  features of the intent classifier
 * @param intents           BANKING77 intent names, in the order of the intent layer's outputs
 * @param intentLayer       one linear output per intent (one-vs-rest)
 * @param intentConfidence  maps the top intent's score to P(that intent is right)
 */
public record TextModel(
        Vocabulary emotionVocabulary,
        List<EmotionGroup> groups,
        LinearLayer emotionLayer,
        Platt confidence,
        Vocabulary intentVocabulary,
        List<String> intents,
        LinearLayer intentLayer,
        Platt intentConfidence) {

    public TextModel {
        groups = List.copyOf(groups);
        intents = List.copyOf(intents);
        if (emotionLayer.outputs() != groups.size() || intentLayer.outputs() != intents.size()) {
            throw new IllegalArgumentException("one output per group and per intent");
        }
    }

    /** Calibrated probability of each group, in the order of {@link #groups()}. */
    public double[] groupProbabilities(String text) {
        return groupProbabilities(Utterances.words(text));
    }

    /** As {@link #groupProbabilities(String)}, of an utterance's words ({@link Utterances#words}). */
    public double[] groupProbabilities(List<String> words) {
        double[] scores = emotionLayer.scores(emotionVocabulary.vector(words));
        for (int g = 0; g < scores.length; g++) {
            scores[g] = groups.get(g).calibration().probability(scores[g]);
        }
        return scores;
    }

    /** Decision value of each intent, in the order of {@link #intents()}. */
    public double[] intentScores(String text) {
        return intentScores(Utterances.words(text));
    }

    /** As {@link #intentScores(String)}, of an utterance's words ({@link Utterances#words}). */
    public double[] intentScores(List<String> words) {
        return intentLayer.scores(intentVocabulary.vector(words));
    }

    public int group(String name) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("the model has no emotion group '" + name + "'");
    }
}
