package dev.attune.rest.simulation;

import java.time.Instant;
import java.util.Map;

/**
 * A workforce manager's what-if: proposed weights (by constraint name, e.g. "Empathy for distress" or
 * EMPATHY_FOR_DISTRESS; constraints left out keep their current weight), optionally a seed and a number
 * of replications so a run can be repeated exactly, and the traffic to replay.
 *
 * @param source "day" (the configured day: the Anonymous Bank log or the synthetic weekday; the default) or
 *               "journal" (the calls journalled from {@code from} to {@code to}, of {@code pool} or of every pool)
 */
public record WhatIfRequest(Map<String, Long> weights, Long seed, Integer replications, String source, Instant from,
        Instant to, String pool) {
}
