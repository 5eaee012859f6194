package dev.attune.service;

import java.time.Clock;

/**
 * Builds a fresh routing engine with the catalogue, roster and weights in force. The host asks for a new
 * one on start and whenever it rebuilds state after a restart or a change of partition ownership.
 */
public interface RoutingCoreFactory {
    /** @param clock the engine's only source of time (a {@link ReplayClock} while rebuilding) */
    RoutingCore create(Clock clock);
}
