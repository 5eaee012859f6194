/** Closed-form queueing results the simulator is checked against: Erlang C (M/M/c) and Erlang A (M/M/c+M). */
package dev.attune.simulation.queueing;
