package dev.attune.rest.simulation;

import java.util.Map;

/**
 * A workforce manager's what-if: proposed weights (by constraint name, e.g. "Empathy for distress" or
 * EMPATHY_FOR_DISTRESS; constraints left out keep their current weight), optionally a seed and a number
 * of replications so a run can be repeated exactly.
 */
public record WhatIfRequest(Map<String, Long> weights, Long seed, Integer replications) {
}
