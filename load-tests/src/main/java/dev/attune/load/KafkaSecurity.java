package dev.attune.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How the load generator's clients (it plays the ACD) reach a secured broker, from the same environment
 * variables the service reads (docs/security.md, "Kafka"): KAFKA_SECURITY_PROTOCOL (PLAINTEXT, SSL, SASL_SSL),
 * KAFKA_SASL_MECHANISM (SCRAM-SHA-512), KAFKA_SSL_TRUSTSTORE_LOCATION / _TYPE (PEM) / _PASSWORD, and its own
 * SCRAM user ATTUNE_ACD_KAFKA_USER / ATTUNE_ACD_KAFKA_PASSWORD (the ACD's KafkaUser, not the router's).
 */
public final class KafkaSecurity {
    private final Map<String, String> settings;

    private KafkaSecurity(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    public static KafkaSecurity fromEnvironment() {
        return of(System.getenv());
    }

    /** The client settings the given environment asks for; none for PLAINTEXT. */
    public static KafkaSecurity of(Map<String, String> env) {
        String protocol = env.getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        Map<String, String> settings = new HashMap<>();
        if (protocol.equals("PLAINTEXT")) {
            return new KafkaSecurity(settings);
        }
        settings.put("security.protocol", protocol);
        if (protocol.startsWith("SASL_")) {
            String user = env.get("ATTUNE_ACD_KAFKA_USER");
            String password = env.get("ATTUNE_ACD_KAFKA_PASSWORD");
            if (user == null || password == null) {
                throw new IllegalArgumentException(protocol + " needs ATTUNE_ACD_KAFKA_USER and ATTUNE_ACD_KAFKA_PASSWORD");
            }
            settings.put("sasl.mechanism", env.getOrDefault("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"));
            settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                    + " username=\"" + user + "\" password=\"" + password + "\";");
        }
        String truststore = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
        if (truststore != null) {
            settings.put("ssl.truststore.location", truststore);
            settings.put("ssl.truststore.type", env.getOrDefault("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM"));
            if (env.containsKey("KAFKA_SSL_TRUSTSTORE_PASSWORD")) {
                settings.put("ssl.truststore.password", env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD"));
            }
        }
        return new KafkaSecurity(settings);
    }

    /** Adds these settings to a client's properties. */
    public Properties applyTo(Properties props) {
        props.putAll(settings);
        return props;
    }

    public Map<String, String> settings() {
        return settings;
    }
}
