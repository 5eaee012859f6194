package dev.attune.service.port;

import dev.attune.core.engine.event.RoutingEvent;

/**
 * Does everything the intake does with an input record but apply it (the CloudEvent envelope, the data schema,
 * the mapping to an event), for the warm-up: a cold JVM decoded the first minute's records several times slower
 * than a warm one, and the router fell behind before it decided anything. Nothing is read from or sent to Kafka.
 */
public interface InputRehearsal {
    void rehearse(RoutingEvent event);
}
