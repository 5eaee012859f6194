package dev.attune.core.engine;

/** Why an agent's answer to an offer changed nothing: counted apart from the answers that were applied. */
public enum UnappliedAnswer {
    /** The offer was withdrawn (rescinded, past its reservation deadline, or its call ended) before the answer. */
    LATE,
    /** The offer had been answered already: a second accept or reject of it. */
    DUPLICATE,
    /** About no offer of this pool that Attune remembers: another agent's, or an unknown decision. */
    STRAY
}
