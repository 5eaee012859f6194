package dev.attune.simulation.learning;

/** An agent of the learning check: the hidden true empathy outcomes follow, and the QA score a manager typed. */
public record SimulatedAgent(String id, double trueEmpathy, double configured) {
}
