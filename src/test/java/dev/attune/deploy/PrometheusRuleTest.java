package dev.attune.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The PrometheusRule the cluster loads carries exactly the rules of deploy/prometheus/alerts.yaml, the file promtool
 * unit-tests: an edit of one without the other (rerun deploy/prometheus/prometheus-rule.sh) fails here.
 */
class PrometheusRuleTest {
    @Test
    void theClusterRuleHoldsTheTestedAlertRules() {
        JsonNode tested = Manifests.read(Path.of("deploy/prometheus/alerts.yaml")).get(0).path("groups");
        JsonNode deployed = Manifests.one("PrometheusRule").body().path("spec").path("groups");
        assertTrue(tested.size() > 0, "alerts.yaml has no groups");
        assertEquals(tested, deployed, "deploy/kubernetes/attune/prometheus-rule.yaml is stale: run deploy/prometheus/prometheus-rule.sh");
    }
}
