package dev.attune.core.engine;

/** How the engine keeps its Timefold plan. The instant decider answers every event in all three modes. */
public enum PlanMode {
    /** A background thread solves pool snapshots on the wall clock, bounded by time: the service. */
    BACKGROUND,
    /**
     * The plan is solved synchronously inside {@link RoutingEngine#tick()}, bounded by unimproved steps
     * and a fixed seed, so the same events replay to the same offers: the simulator and tests.
     */
    STEPPED,
    /** No plan: the instant decider only. */
    OFF
}
