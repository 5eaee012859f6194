/**
 * Multi-skill centres described entirely by a configuration file in the style of the ContactCenters
 * library: contact types with piecewise-constant Poisson arrivals, patience and service times; agent
 * groups with staffing per period and service-time multipliers; trunks; tiered routing tables. The
 * ContactCenters "Bank" example (config/simulation/bank.json) and the Erlang C / Erlang A checks run on it.
 */
package dev.attune.simulation.multiskill;
