/**
 * The routing domain in plain Java: callers, agents, products, emotion and the care a call needs.
 * Nothing here knows about Kafka, REST, JPA or the solver; every other layer speaks these words.
 */
package dev.attune.core.domain;
