package dev.attune.simulation.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GoEmotions dev comments by routing group (config/text/emotion-groups.json): what a simulated caller can
 * say. A comment belongs to a group when one of its labels does; comments of several groups are left out, so
 * a caller drawn to sound anxious says something labelled anxious only. Read at run time from the shared
 * data folder, never copied into the repository.
 */
public final class SpokenUtterances {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<String>> byGroup;

    private SpokenUtterances(Map<String, List<String>> byGroup) {
        this.byGroup = byGroup;
    }

    /** Empty when GoEmotions dev is not in {@code data}: the run then leaves the text policy out. */
    public static Optional<SpokenUtterances> read(Path data, Path groupsFile) {
        Path goEmotions = data.resolve("goemotions");
        if (!Files.isRegularFile(goEmotions.resolve("dev.tsv")) || !Files.isRegularFile(goEmotions.resolve("labels.txt"))) {
            return Optional.empty();
        }
        try {
            List<String> labels = Files.readAllLines(goEmotions.resolve("labels.txt")).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            Map<String, String> groupOfLabel = groupOfLabel(groupsFile);
            Map<String, List<String>> byGroup = new LinkedHashMap<>();
            for (String line : Files.readAllLines(goEmotions.resolve("dev.tsv"))) {
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    continue;
                }
                List<String> groups = new ArrayList<>();
                for (String id : fields[1].split(",")) {
                    String group = groupOfLabel.get(labels.get(Integer.parseInt(id.strip())));
                    if (group != null && !groups.contains(group)) {
                        groups.add(group);
                    }
                }
                if (groups.size() == 1) {
                    byGroup.computeIfAbsent(groups.get(0), g -> new ArrayList<>()).add(fields[0]);
                }
            }
            return Optional.of(new SpokenUtterances(byGroup));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GoEmotions from " + goEmotions, e);
        }
    }

    private static Map<String, String> groupOfLabel(Path groupsFile) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (JsonNode group : JSON.readTree(groupsFile.toFile()).path("groups")) {
            group.path("labels").forEach(label -> out.put(label.asText(), group.path("name").asText()));
        }
        return out;
    }

    /** The comments of one group; u in [0,1) picks one. */
    public String pick(String group, double u) {
        List<String> texts = byGroup.get(group);
        if (texts == null || texts.isEmpty()) {
            throw new IllegalStateException("no GoEmotions dev comment of group " + group);
        }
        return texts.get(Math.min(texts.size() - 1, (int) (u * texts.size())));
    }

    public int count(String group) {
        return byGroup.getOrDefault(group, List.of()).size();
    }
}
