package dev.attune.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Kubernetes resources under deploy/kubernetes, one per YAML document, read as the cluster would see them. */
final class Manifests {
    static final Path ROOT = Path.of("deploy/kubernetes");
    static final YAMLMapper YAML = new YAMLMapper();

    /** One resource and the file it is in. */
    record Resource(Path file, JsonNode body) {
        String kind() {
            return body.path("kind").asText();
        }

        String apiVersion() {
            return body.path("apiVersion").asText();
        }

        String name() {
            return body.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file + ")";
        }
    }

    private Manifests() {
    }

    /** Every resource in every YAML file under deploy/kubernetes, Kustomize's own files left out. */
    static List<Resource> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Resource> resources = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .forEach(f -> read(f).forEach(body -> resources.add(new Resource(f, body))));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of one YAML file, empty documents skipped. */
    static List<JsonNode> read(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return documents.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static Resource one(String kind) {
        return all().stream().filter(r -> r.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " under " + ROOT));
    }
}
