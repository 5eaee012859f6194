package dev.attune.simulation.centre;

/**
 * How long an agent stays unavailable after a contact ends (after-call work, not-ready time) before the
 * router may give them the next one. Zero for models without it (ContactCenters' Bank, Erlang checks).
 */
@FunctionalInterface
public interface AfterCallRule {
    AfterCallRule NONE = (contact, agent) -> 0;

    double seconds(Contact contact, CentreAgent agent);
}
