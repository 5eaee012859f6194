/**
 * The events the engine consumes, in core words. Adapters (Kafka, REST, the simulator) turn the outside
 * world into these; the engine never sees a CloudEvent, a JSON tree or a JPA entity.
 */
package dev.attune.core.engine.event;
