package dev.attune.configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.ChannelCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * config/roster.json: the agents of every routing pool as a workforce manager keeps them. One agent per
 * line when written, so a diff shows which agents changed.
 *
 * <pre>
 * {"schemaVersion": 1, "agents": [{"id": "ww-001", "pool": "wealth-west", "displayName": "...",
 *   "skills": {"RETIREMENT": 4, "GENERAL": 3}, "languages": ["en"], "licences": ["FINRA_SERIES_7"],
 *   "empathy": 0.72, "capacity": 1}]}
 * </pre>
 */
public final class RosterFile {
    public static final String FILE_NAME = "roster.json";
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "agents");
    private static final Set<String> AGENT = Set.of("id", "pool", "displayName", "skills", "languages", "licences",
            "empathy", "capacity");

    private RosterFile() {
    }

    public static List<AgentProfile> read(Path file) {
        return from(ConfigJson.read(file));
    }

    /** @param name how to name the source in error messages */
    public static List<AgentProfile> parse(String json, String name) {
        return from(ConfigJson.parse(json, name));
    }

    private static List<AgentProfile> from(ConfigNode root) {
        root.allowOnly(TOP);
        root.requireSchemaVersion(SCHEMA_VERSION);
        List<AgentProfile> agents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode entry : root.objects("agents")) {
            AgentProfile agent = agent(entry);
            if (!ids.add(agent.id())) {
                throw entry.problem("id", "agent '" + agent.id() + "' appears twice");
            }
            agents.add(agent);
        }
        return List.copyOf(agents);
    }

    private static AgentProfile agent(ConfigNode entry) {
        entry.allowOnly(AGENT);
        String id = entry.text("id");
        String pool = entry.text("pool");
        String displayName = entry.optionalText("displayName");
        Map<String, Integer> skills = new LinkedHashMap<>();
        entry.numberMap("skills").forEach((skill, level) -> {
            if (level < 1 || level > 5) {
                throw entry.problem("skills." + skill, "proficiency must be 1-5, was " + level);
            }
            skills.put(skill, level.intValue());
        });
        Set<String> languages = entry.textSet("languages");
        if (languages.isEmpty()) {
            throw entry.problem("languages", "must list at least one language");
        }
        Set<String> licences = entry.textSet("licences");
        double empathy = entry.decimal("empathy");
        // a whole number is that many voice calls (the file before channels); an object names each channel
        ChannelCounts capacity = entry.isObject("capacity")
                ? entry.build(() -> ChannelCounts.named(entry.numberMap("capacity")))
                : ChannelCounts.of(Channel.VOICE, entry.integer("capacity"));
        return entry.build(() -> new AgentProfile(id, pool, displayName, skills, languages, licences, empathy, capacity));
    }

    /** The roster as file text: sorted skills, languages and licences, one agent per line. */
    public static String toJson(List<AgentProfile> agents) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n  \"agents\": [\n");
        for (int i = 0; i < agents.size(); i++) {
            out.append("    ").append(line(agents.get(i))).append(i + 1 < agents.size() ? ",\n" : "\n");
        }
        return out.append("  ]\n}\n").toString();
    }

    public static void write(List<AgentProfile> agents, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(agents));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String line(AgentProfile agent) {
        ObjectNode node = ConfigJson.MAPPER.createObjectNode();
        node.put("id", agent.id());
        node.put("pool", agent.poolId());
        node.put("displayName", agent.displayName());
        ObjectNode skills = node.putObject("skills");
        new TreeMap<>(agent.skills()).forEach(skills::put);
        ArrayNode languages = node.putArray("languages");
        new TreeSet<>(agent.languages()).forEach(languages::add);
        ArrayNode licences = node.putArray("licences");
        new TreeSet<>(agent.licences()).forEach(licences::add);
        node.put("empathy", agent.empathy());
        if (agent.capacity().onlyVoice()) {
            node.put("capacity", agent.capacity().of(Channel.VOICE));
        } else {
            ObjectNode capacity = node.putObject("capacity");
            agent.capacity().perChannel().forEach((channel, count) -> capacity.put(channel.name(), count));
        }
        try {
            return ConfigJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
