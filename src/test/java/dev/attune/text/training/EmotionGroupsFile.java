package dev.attune.text.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** config/text/emotion-groups.json: how GoEmotions' labels are grouped into routing emotions. */
record EmotionGroupsFile(List<Group> groups) {
    record Group(String name, Set<String> labels, double valence, double arousal) {
    }

    static EmotionGroupsFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Group> groups = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : root.path("groups")) {
            Set<String> labels = new LinkedHashSet<>();
            node.path("labels").forEach(l -> labels.add(l.asText()));
            for (String label : labels) {
                if (!seen.add(label)) {
                    throw new IllegalArgumentException(file + ": label '" + label + "' is in two groups");
                }
            }
            groups.add(new Group(node.path("name").asText(), labels, node.path("valence").asDouble(),
                    node.path("arousal").asDouble()));
        }
        return new EmotionGroupsFile(List.copyOf(groups));
    }

    /** Which groups an example belongs to, as 0/1 per group. */
    boolean[] membership(Example example) {
        boolean[] member = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (String label : example.labels()) {
                member[g] |= groups.get(g).labels().contains(label);
            }
        }
        return member;
    }
}
