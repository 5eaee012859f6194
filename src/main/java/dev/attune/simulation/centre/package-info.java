/**
 * A multi-skill contact centre on the event calendar: contacts that hold a trunk line from arrival to
 * departure, wait with a patience, get served by agents on shifts, and are disconnected when nobody left
 * on duty can serve them. Who serves whom is a {@link dev.attune.simulation.centre.Router}'s decision;
 * what is measured is a {@link dev.attune.simulation.centre.CentreListener}'s.
 */
package dev.attune.simulation.centre;
