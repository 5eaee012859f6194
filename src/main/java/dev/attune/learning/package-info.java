/**
 * Agent performance learned from stored outcomes: the empathy model and its scores. Plain Java and
 * Commons Math; adapters feed it served calls from the journal and apply its scores through the
 * audited agent-profile change path.
 */
package dev.attune.learning;
