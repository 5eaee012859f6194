package dev.attune.load.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulated callers type: GoEmotions dev comments when the shared data is there (real lengths and
 * vocabulary), else a few built-in banking sentences, so the harness runs without the data folder.
 */
final class SpokenTexts {
    private static final List<String> BUILT_IN = List.of(
            "I still have not received my new card and I am getting really worried",
            "Why was I charged twice for the same transfer? This is ridiculous",
            "Someone used my card without my permission, please block it now",
            "I don't understand why my top up failed, can you explain?",
            "Thanks, that fixed it, have a nice day",
            "How long does a transfer to another country usually take?",
            "I have been waiting for forty minutes and nobody is helping me",
            "My salary has not arrived and I need to pay my rent tomorrow");

    private SpokenTexts() {
    }

    static List<String> load(Path data) throws IOException {
        Path dev = data.resolve("goemotions/dev.tsv");
        if (!Files.isRegularFile(dev)) {
            return BUILT_IN;
        }
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(dev)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                texts.add(line.substring(0, tab));
            }
        }
        return texts.isEmpty() ? BUILT_IN : List.copyOf(texts);
    }

    static String source(Path data) {
        return Files.isRegularFile(data.resolve("goemotions/dev.tsv")) ? "GoEmotions dev" : "built-in sentences";
    }
}
