package dev.attune.simulation.centre;

/** How long a given agent takes to serve a given contact (the Bank's 0.75 for specialists, proficiency in the day model). */
@FunctionalInterface
public interface ServiceTimeRule {
    double serviceTime(Contact contact, CentreAgent agent);

    ServiceTimeRule AS_DRAWN = (contact, agent) -> contact.baseServiceTime();
}
