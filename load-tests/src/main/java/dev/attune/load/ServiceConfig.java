package dev.attune.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.ServiceLevelTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The service's config/ folder as the load test needs it: the catalogue to draw calls from, and a copy
 * of the folder with a generated roster, so a service started on it knows every agent the load plays.
 */
public final class ServiceConfig {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceConfig() {
    }

    public static Catalogue catalogue(Path configDir) {
        JsonNode root = read(configDir.resolve("catalogue.json"));
        List<Product> products = new ArrayList<>();
        for (JsonNode p : root.path("products")) {
            JsonNode level = p.path("serviceLevel");
            products.add(new Product(p.path("code").asText(), p.path("label").asText(), p.path("requiredSkill").asText(),
                    p.path("minimumProficiency").asInt(), p.path("requiredLicence").asText(null),
                    p.path("baseStakes").asDouble(), p.path("baseDistress").asDouble(),
                    new ServiceLevelTarget(level.path("share").asDouble(), level.path("thresholdSeconds").asInt())));
        }
        return new Catalogue(products);
    }

    public static List<AgentProfile> roster(Path configDir) {
        JsonNode root = read(configDir.resolve("roster.json"));
        List<AgentProfile> agents = new ArrayList<>();
        for (JsonNode a : root.path("agents")) {
            java.util.Map<String, Integer> skills = new java.util.TreeMap<>();
            a.path("skills").fields().forEachRemaining(e -> skills.put(e.getKey(), e.getValue().asInt()));
            java.util.Set<String> languages = new java.util.LinkedHashSet<>();
            a.path("languages").forEach(l -> languages.add(l.asText()));
            java.util.Set<String> licences = new java.util.LinkedHashSet<>();
            a.path("licences").forEach(l -> licences.add(l.asText()));
            agents.add(new AgentProfile(a.path("id").asText(), a.path("pool").asText(), a.path("displayName").asText(null),
                    skills, languages, licences, a.path("empathy").asDouble(), a.path("capacity").asInt(1)));
        }
        return agents;
    }

    /** A copy of {@code configDir} in {@code target} whose roster.json holds exactly {@code roster}. */
    public static Path withRoster(Path configDir, List<AgentProfile> roster, Path target) {
        try {
            Files.createDirectories(target);
            // The whole tree: the service reads sub-folders too (text/ for the transcript estimator).
            try (Stream<Path> files = Files.walk(configDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(configDir.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.put("schemaVersion", 1);
            ArrayNode agents = root.putArray("agents");
            for (AgentProfile agent : roster) {
                ObjectNode node = agents.addObject();
                node.put("id", agent.id());
                node.put("pool", agent.poolId());
                node.put("displayName", agent.displayName());
                ObjectNode skills = node.putObject("skills");
                agent.skills().forEach(skills::put);
                agent.languages().forEach(node.putArray("languages")::add);
                ArrayNode licences = node.putArray("licences");
                agent.licences().forEach(licences::add);
                node.put("empathy", agent.empathy());
                ObjectNode capacity = node.putObject("capacity");
                agent.capacity().perChannel().forEach((channel, calls) -> capacity.put(channel.name(), calls));
            }
            JSON.writeValue(target.resolve("roster.json").toFile(), root);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load test's config folder " + target, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
