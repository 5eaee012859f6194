package dev.attune.rest.simulation;

import java.util.Map;

/**
 * A workforce manager's proposed weights judged as issue 13 judges Attune: against longest-idle and the hindsight
 * ceiling, on the calibrated replay of a month of the Anonymous Bank log. Every field may be left out.
 *
 * @param weights      proposed weights by constraint name (left out or empty: the weights in force)
 * @param month        january or february (default january)
 * @param days         the first this many days of the month (default attune.what-if-targets.days)
 * @param replications replications of each of the three policies (default attune.what-if-targets.replications)
 * @param seed         the random seed (default attune.what-if.seed), so a run can be repeated exactly
 */
public record TargetWhatIfRequest(Map<String, Long> weights, String month, Integer days, Integer replications,
        Long seed) {
}
