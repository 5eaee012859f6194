/**
 * Call logs to replay: the Anonymous Bank log (Technion SEE lab, Guedj and Mandelbaum; read from
 * shared/data at run time, never copied) and synthetic days generated from config/simulation/synthetic-day.json.
 * Both become the same {@link dev.attune.simulation.trace.CallLog}: who called when, about what, how long
 * they were served, how long they would wait, and which agents worked each half hour.
 */
package dev.attune.simulation.trace;
