package dev.attune.core.domain;

/** Which part of the engine made a decision, so ops and compliance can see when routing fell back. */
public enum DecisionPath {
    /** The background Timefold plan was fresh and still valid for this call and agent. */
    PLAN,
    /** The instant decider's own scoring (same terms as the solver), used when the plan is stale or silent. */
    DECIDER,
    /** Deterministic skills-based longest-idle routing, used when the solver failed or missed its deadline. */
    FALLBACK,
    /** The live benchmark's control arm: skills-based longest idle on purpose, for a share of calls. */
    CONTROL
}
