/**
 * The empathy-learning check (docs/learning.md): a floor whose agents have a hidden true empathy,
 * outcomes drawn with it, and the learned scores compared with the truth and routed on.
 */
package dev.attune.simulation.learning;
