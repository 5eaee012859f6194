package dev.attune.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Static membership of the routing consumer group: with attune.instance-id set, the instance joins as
 * {@code group.instance.id} = that id, so the same instance restarted within the session timeout takes its
 * partitions (its pools) back at once, without a rebalance of the group. Unset, it joins as a dynamic
 * member (each restart rebalances). Two running instances must never share an id: the broker fences the
 * older one.
 */
@ApplicationScoped
public class GroupMembership {
    private static final Logger LOG = Logger.getLogger(GroupMembership.class);

    @Produces
    @Identifier("attune-routing-consumer")
    Map<String, Object> routingConsumer(@ConfigProperty(name = "attune.instance-id") Optional<String> instanceId) {
        Map<String, Object> config = new HashMap<>();
        instanceId.map(String::trim).filter(id -> !id.isEmpty()).ifPresentOrElse(id -> {
            config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id);
            LOG.infof("routing consumer joins its group as static member '%s'", id);
        }, () -> LOG.info("routing consumer joins its group as a dynamic member (attune.instance-id is not set)"));
        return config;
    }
}
