package dev.attune.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * Client settings shared by the helper clients (recovery reader, intake progress, journal feed) that sit beside the
 * channels, so they connect exactly as the channels do, TLS and SCRAM included (docs/security.md, "Kafka").
 */
final class KafkaClients {
    private KafkaClients() {
    }

    /**
     * Only connection and security settings from the default Kafka configuration: the helpers have no group,
     * commit nothing, and choose their own (de)serialisers.
     */
    static Map<String, Object> connection(Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (!key.startsWith("mp.") && !key.equals("group.id") && !key.equals("group.instance.id")
                    && !key.contains("deserializer") && !key.contains("serializer")) {
                config.put(key, value);
            }
        });
        return config;
    }
}
