package dev.attune.core.engine;

/** Why no agent of a pool could ever take a call: the first hard rule that every agent of the pool fails. */
public enum Unroutability {
    /** The pool has no agent at all: a pool Attune does not know, or one whose roster is empty. */
    UNKNOWN_POOL,
    /** No agent has the product's required skill at its minimum proficiency. */
    NO_SKILL,
    /** Agents have the skill, but none of them speaks the caller's language. */
    NO_LANGUAGE,
    /** Agents have the skill and the language, but none holds the required licence. */
    NO_LICENCE,
    /** Agents meet every rule above, but none of them takes calls of the call's channel (no capacity on it). */
    NO_CHANNEL
}
