package dev.attune.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.attune.deploy.Manifests.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource under deploy/kubernetes is valid for its kind, checked offline against the strict schemas in
 * deploy/schemas: a misspelt field or a wrong type fails the build, not the first apply in a cluster.
 */
class KubernetesManifestsTest {
    private static final Path SCHEMAS = Path.of("deploy/schemas");
    private static final Path KUSTOMIZATION = Path.of("deploy/kubernetes/attune/kustomization.yaml");
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final Map<Path, JsonSchema> schemas = new HashMap<>();

    @Test
    void everyResourceMatchesTheSchemaOfItsKind() throws IOException {
        List<Resource> resources = Manifests.all();
        assertTrue(resources.size() >= 9, "expected the workload manifests, found " + resources);
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources) {
            problems.addAll(problems(resource));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMisspeltFieldIsRefused() throws IOException {
        Resource deployment = Manifests.one("Deployment");
        JsonNode copy = deployment.body().deepCopy();
        ObjectNode container = (ObjectNode) copy.at("/spec/template/spec/containers/0/securityContext");
        container.put("readOnlyRootFilesytem", true);
        List<String> problems = problems(new Resource(deployment.file(), copy));
        assertFalse(problems.isEmpty(), "a misspelt field passed the schema");
        assertTrue(problems.toString().contains("readOnlyRootFilesytem"), problems.toString());
    }

    @Test
    void theKustomizationInstallsEveryManifestBesideIt() throws IOException {
        Set<String> listed = new TreeSet<>();
        Manifests.read(KUSTOMIZATION).get(0).path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> present;
        try (Stream<Path> files = Files.list(KUSTOMIZATION.getParent())) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .filter(n -> !n.equals("kustomization.yaml")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    private List<String> problems(Resource resource) throws IOException {
        Path schema = SCHEMAS.resolve(schemaName(resource));
        if (!Files.exists(schema)) {
            return List.of(resource + ": no schema " + schema + " (add it, see deploy/schemas/README.md)");
        }
        Set<ValidationMessage> messages = schemas.computeIfAbsent(schema, this::load).validate(resource.body());
        return messages.stream().map(m -> resource + ": " + m.getMessage()).sorted().toList();
    }

    /** deployment-apps-v1.json for apps/v1 Deployment, service-v1.json for v1 Service. */
    static String schemaName(Resource resource) {
        String apiVersion = resource.apiVersion();
        int slash = apiVersion.indexOf('/');
        String version = apiVersion.substring(slash + 1);
        String group = slash < 0 ? "" : apiVersion.substring(0, slash).split("\\.")[0] + "-";
        return (resource.kind() + "-" + group + version).toLowerCase(Locale.ROOT) + ".json";
    }

    /**
     * The Kubernetes schemas name "http://json-schema.org/schema#" (whatever draft is newest) as their meta-schema;
     * they are OpenAPI-derived draft-4 schemas, so they are read as draft 4 with that name dropped: nothing is fetched.
     */
    private JsonSchema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ObjectNode schema = (ObjectNode) Manifests.YAML.readTree(in);
            schema.remove("$schema");
            return factory.getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
