package dev.attune.core.engine;

/** Why a call is still waiting, as queue health reports it for each waiting call. */
public enum WaitReason {
    /** Agents could take it, but none of them is logged in and at work (all LOGGED_OUT or AWAY). */
    NO_ELIGIBLE_AGENT_LOGGED_IN,
    /** Eligible agents are at work, and every one of them is busy, in wrap-up or reserved. */
    ALL_ELIGIBLE_BUSY,
    /** Held back for a better agent who is about to be free (bounded by the policy's maximum hold). */
    HELD_FOR_BETTER_AGENT,
    /** Waiting until its product's next relaxation ring widens who may take it. */
    WAITING_FOR_RELAXATION_RING,
    /** An eligible agent is free: the next decision offers the call (a moment, e.g. inside a batch). */
    OFFER_DUE
}
