package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.testing.LocalInfrastructureResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** With attune.instance-id set, the routing consumer is a static member of its group under that id. */
@QuarkusTest
@TestProfile(StaticMembershipTest.Named.class)
class StaticMembershipTest {
    static final String ID = "attune-static-test";

    public static class Named implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("attune.instance-id", ID, "%test.attune.instance-id", ID);
        }
    }

    @Test
    void theRoutingConsumerJoinsUnderTheInstanceId() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalInfrastructureResource.bootstrapServers()))) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("attune-router"))
                        .describedGroups().get("attune-router").get(10, TimeUnit.SECONDS);
                List<Optional<String>> ids = group.members().stream().map(MemberDescription::groupInstanceId).toList();
                assertEquals(List.of(Optional.of(ID)), ids);
            });
        }
    }
}
