package dev.attune.core.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every constraint of the routing model, by the name a workforce manager sees in the weights screen,
 * in explanations and in docs/constraints.md. The solver's ConstraintProvider, the instant decider and
 * the weights API all use these names, so a weight edited in one place means the same everywhere.
 */
public enum RoutingConstraint {
    REQUIRED_SKILL("Required skill", ScoreLevel.HARD),
    LANGUAGE("Language", ScoreLevel.HARD),
    REQUIRED_LICENCE("Required licence", ScoreLevel.HARD),
    AGENT_AVAILABILITY("Agent availability", ScoreLevel.HARD),
    AGENT_CAPACITY("Agent capacity", ScoreLevel.HARD),
    EXCLUDED_AGENT("Excluded agent", ScoreLevel.HARD),
    UNSERVED_CALL("Unserved call", ScoreLevel.MEDIUM),
    EMPATHY_FOR_DISTRESS("Empathy for distress", ScoreLevel.SOFT),
    PROFICIENCY_FOR_STAKES("Proficiency for stakes", ScoreLevel.SOFT),
    WAIT_TIME("Wait time", ScoreLevel.SOFT),
    EMOTIONAL_LOAD("Agent emotional load", ScoreLevel.SOFT),
    AGENT_FAIRNESS("Agent fairness", ScoreLevel.SOFT),
    CUSTOMER_CONTINUITY("Customer continuity", ScoreLevel.SOFT),
    SCARCE_SKILLS("Scarce skills", ScoreLevel.SOFT),
    EMPATHY_RESERVE("Empathy reserve", ScoreLevel.SOFT);

    private final String displayName;
    private final ScoreLevel level;

    RoutingConstraint(String displayName, ScoreLevel level) {
        this.displayName = displayName;
        this.level = level;
    }

    public String displayName() {
        return displayName;
    }

    public ScoreLevel level() {
        return level;
    }

    public static Optional<RoutingConstraint> byDisplayName(String name) {
        return Arrays.stream(values()).filter(c -> c.displayName.equals(name)).findFirst();
    }
}
