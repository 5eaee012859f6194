package dev.attune.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/** The ACLs a Strimzi KafkaUser resource grants, as the User Operator would write them to the broker. */
public final class StrimziAcls {
    public static final Path USERS = Path.of("deploy/kubernetes/kafka-users.yaml");

    private StrimziAcls() {
    }

    public static List<AclBinding> of(String user) {
        List<AclBinding> bindings = new ArrayList<>();
        JsonNode spec = resource(user).path("spec");
        for (JsonNode acl : spec.path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            ResourceType type = ResourceType.fromString(resource.path("type").asText());
            // Strimzi names the cluster resource itself, and calls Kafka's PREFIXED pattern "prefix".
            String name = type == ResourceType.CLUSTER ? "kafka-cluster" : resource.path("name").asText();
            PatternType patternType = "prefix".equals(resource.path("patternType").asText())
                    ? PatternType.PREFIXED : PatternType.LITERAL;
            ResourcePattern pattern = new ResourcePattern(type, name, patternType);
            AclPermissionType permission = AclPermissionType.fromString(acl.path("type").asText("allow"));
            for (JsonNode operation : acl.path("operations")) {
                AclOperation op = AclOperation.fromString(
                        operation.asText().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
                if (op == AclOperation.UNKNOWN || type == ResourceType.UNKNOWN) {
                    throw new IllegalStateException(USERS + ": cannot read the ACL " + acl);
                }
                bindings.add(new AclBinding(pattern, new AccessControlEntry("User:" + user,
                        acl.path("host").asText("*"), op, permission)));
            }
        }
        if (bindings.isEmpty()) {
            throw new IllegalStateException(USERS + " grants " + user + " nothing");
        }
        return bindings;
    }

    private static JsonNode resource(String user) {
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(USERS.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if ("KafkaUser".equals(document.path("kind").asText())
                        && user.equals(document.path("metadata").path("name").asText())) {
                    return document;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no KafkaUser " + user + " in " + USERS);
    }
}
