/**
 * A contact-centre day (or month) replayed from a call log with a seeded overlay for what the log lacks
 * (product, stakes, language, vulnerability, emotion, agent profiles), an explicit outcome model, and the
 * measures the policy comparison reports. All parameters live in config/simulation/overlay.json and
 * config/simulation/outcome-model.json; docs/simulation.md explains each one.
 */
package dev.attune.simulation.day;
