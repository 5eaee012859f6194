package dev.attune.kafka;

/**
 * How a CloudEvent travels in a Kafka record (CloudEvents Kafka protocol binding): STRUCTURED, the whole event
 * as JSON in the value; BINARY, attributes in {@code ce_*} headers and the data alone in the value. Attune
 * reads both; attune.kafka.publish-mode chooses the one it writes.
 */
public enum ContentMode {
    STRUCTURED, BINARY
}
