package dev.attune.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a platform team's admission policy checks on the Deployment: non-root, read-only root filesystem, no
 * capabilities, no privilege escalation, probes on /q/health, resources set. The schema test cannot see these.
 */
class WorkloadSecurityTest {
    private final JsonNode pod = Manifests.one("Deployment").body().at("/spec/template/spec");
    private final JsonNode container = pod.at("/containers/0");

    @Test
    void runsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities() {
        JsonNode security = container.path("securityContext");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "pod runAsNonRoot");
        assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, "pod runAsUser");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        assertEquals(false, security.path("allowPrivilegeEscalation").asBoolean(true), "allowPrivilegeEscalation");
        assertEquals("[\"ALL\"]", security.at("/capabilities/drop").toString());
        assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
        assertEquals(false, pod.path("automountServiceAccountToken").asBoolean(true));
    }

    @Test
    void probesAskQuarkusHealth() {
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    }

    @Test
    void requestsAndLimitsAreSet() {
        for (String field : List.of("/requests/cpu", "/requests/memory", "/limits/memory")) {
            assertTrue(container.at("/resources" + field).isTextual(), "resources" + field);
        }
    }

    @Test
    void secretsComeFromSecretReferencesNotFromTheConfigMap() {
        JsonNode settings = Manifests.one("ConfigMap").body().path("data");
        settings.fieldNames().forEachRemaining(name -> assertTrue(
                !name.contains("PASSWORD") && !name.contains("SECRET"), "secret-looking key in the ConfigMap: " + name));
        settings.fieldNames().forEachRemaining(name -> assertTrue(!name.contains("JOURNAL_KEY"),
                "journal key in the ConfigMap: " + name));
        List<String> fromSecrets = new java.util.ArrayList<>();
        container.path("env").forEach(env -> {
            if (env.at("/valueFrom/secretKeyRef").isObject()) {
                fromSecrets.add(env.path("name").asText());
            }
        });
        assertTrue(fromSecrets.containsAll(List.of("ATTUNE_DB_PASSWORD", "ATTUNE_OIDC_PAGES_SECRET",
                "ATTUNE_KAFKA_PASSWORD", "ATTUNE_JOURNAL_KEY")), "from a Secret: " + fromSecrets);
    }

    @Test
    void kafkaIsReachedOverScramAndTlsWithTheClusterCa() {
        JsonNode settings = Manifests.one("ConfigMap").body().path("data");
        assertEquals("SASL_SSL", settings.path("KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", settings.path("KAFKA_SASL_MECHANISM").asText());
        String truststore = settings.path("KAFKA_SSL_TRUSTSTORE_LOCATION").asText();
        boolean mounted = false;
        for (JsonNode mount : container.path("volumeMounts")) {
            mounted |= truststore.startsWith(mount.path("mountPath").asText() + "/");
        }
        assertTrue(mounted, "the truststore " + truststore + " is on a mounted volume");
    }
}
