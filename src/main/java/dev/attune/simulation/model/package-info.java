/**
 * Random quantities as configuration files state them ({"distribution": "exponential", "mean": 5}) and
 * how they are drawn: always by inversion from one uniform of the process's own stream, so that two
 * policies given the same substream get the same callers.
 */
package dev.attune.simulation.model;
