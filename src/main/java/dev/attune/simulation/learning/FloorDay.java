package dev.attune.simulation.learning;

import dev.attune.learning.ServedCall;
import java.util.List;

/**
 * One simulated day under one routing: the calls served, as the journal would hold them, and the
 * care-weighted true empathy of the agents who answered (Σ care × true empathy / Σ care).
 */
public record FloorDay(List<ServedCall> served, double empathyMatch) {
}
