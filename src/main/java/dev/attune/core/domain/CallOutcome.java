package dev.attune.core.domain;

/** How a served call ended, as the ACD reports it in call.ended. */
public enum CallOutcome {
    RESOLVED,
    TRANSFERRED,
    COMPLAINT,
    CALLBACK
}
