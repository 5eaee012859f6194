/**
 * The discrete-event core: an event calendar on simulated time, a {@link java.time.Clock} that reads it
 * (so the real routing engine runs on simulated time), seeded MRG32k3a random streams (one per random
 * process, so policies compare on common random numbers) and replication statistics with confidence
 * intervals. Plain Java plus SSJ; nothing here knows about calls or agents.
 */
package dev.attune.simulation.des;
