/**
 * The fairness audit across customer segments and the live benchmark's per-arm report: plain Java over the
 * journalled calls (or the simulator's), with Commons Math for the intervals.
 */
package dev.attune.learning.fairness;
