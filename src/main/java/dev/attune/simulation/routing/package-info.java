/**
 * The routing policies Attune is compared with, as the simulator implements them: longest-idle
 * skills-based routing (what FreeSWITCH, Asterisk and most ACDs do), FIFO hunting, and bullseye skill
 * relaxation over wait time. All respect the same hard rules as Attune (skill at the catalogue's minimum
 * proficiency, language, licence). The Attune policies drive the real engine (AttuneRouter).
 */
package dev.attune.simulation.routing;
