package dev.attune.service;

/**
 * Builds a fresh routing engine with the catalogue, roster and weights in force. The host asks for a new
 * one on start and whenever it rebuilds state after a restart or a change of partition ownership.
 */
public interface RoutingCoreFactory {
    RoutingCore create();
}
