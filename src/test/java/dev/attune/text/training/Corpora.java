package dev.attune.text.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads GoEmotions and BANKING77 from the shared data folder (never copied into the repository) and
 * makes the splits every command uses, so training and evaluation agree on what was held out.
 */
final class Corpora {
    /** Seed of the stratified BANKING77 hold-out. */
    static final long SPLIT_SEED = 77;
    static final double HOLD_OUT = 0.2;

    private Corpora() {
    }

    /** A GoEmotions split (train or dev): text, comma-separated label ids, comment id. */
    static List<Example> goEmotions(Path folder, String split) throws IOException {
        List<String> labels = Files.readAllLines(folder.resolve("labels.txt"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(split + ".tsv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Arrays.stream(fields[1].split(",")).map(String::trim).mapToInt(Integer::parseInt)
                    .forEach(id -> names.add(labels.get(id).trim()));
            examples.add(new Example(fields[0], names));
        }
        return examples;
    }

    /** BANKING77 train.csv: text,category with a header; quoted texts may hold commas, quotes and newlines. */
    static List<Example> banking77(Path csv) throws IOException {
        List<List<String>> rows = csvRows(Files.readString(csv, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>(rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 2 && !row.get(0).isBlank()) {
                examples.add(new Example(row.get(0).trim(), Set.of(row.get(1).trim())));
            }
        }
        return examples;
    }

    /** RFC 4180 rows. */
    private static List<List<String>> csvRows(String content) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Stratified split: HOLD_OUT of every intent, seeded. Index 0 is for training, 1 is held out. */
    static List<List<Example>> stratified(List<Example> examples, long seed, double share) {
        Map<String, List<Example>> byLabel = new TreeMap<>();
        examples.forEach(e -> byLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        Random random = new Random(seed);
        List<Example> kept = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        for (List<Example> group : byLabel.values()) {
            java.util.Collections.shuffle(group, random);
            int cut = (int) Math.round(group.size() * share);
            held.addAll(group.subList(0, cut));
            kept.addAll(group.subList(cut, group.size()));
        }
        return List.of(kept, held);
    }

    /**
     * GoEmotions dev in two halves: even rows for choices (regularisation, calibration, thresholds), odd
     * rows for the figures we report, so no reported number was tuned on the rows it is measured on.
     */
    static List<Example> half(List<Example> dev, int parity) {
        List<Example> half = new ArrayList<>();
        for (int i = parity; i < dev.size(); i += 2) {
            half.add(dev.get(i));
        }
        return half;
    }
}
