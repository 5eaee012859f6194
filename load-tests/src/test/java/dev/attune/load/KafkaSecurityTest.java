package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaSecurityTest {
    @Test
    void plaintextAddsNothing() {
        assertEquals(Map.of(), KafkaSecurity.of(Map.of()).settings());
    }

    @Test
    void scramOverTlsSignsInAsTheAcdAndTrustsTheGivenCa() {
        Map<String, String> settings = KafkaSecurity.of(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "ATTUNE_ACD_KAFKA_USER", "attune-acd", "ATTUNE_ACD_KAFKA_PASSWORD", "s3cret",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka-ca/ca.crt")).settings();
        assertEquals("SASL_SSL", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"attune-acd\""
                + " password=\"s3cret\";", settings.get("sasl.jaas.config"));
        assertEquals("/etc/kafka-ca/ca.crt", settings.get("ssl.truststore.location"));
        assertEquals("PEM", settings.get("ssl.truststore.type"));
    }

    @Test
    void saslWithoutCredentialsNamesWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KafkaSecurity.of(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")));
        assertEquals("SASL_SSL needs ATTUNE_ACD_KAFKA_USER and ATTUNE_ACD_KAFKA_PASSWORD", e.getMessage());
    }
}
