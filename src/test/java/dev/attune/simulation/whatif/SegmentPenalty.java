package dev.attune.simulation.whatif;

import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.Contact;
import dev.attune.simulation.centre.Router;
import dev.attune.simulation.day.Caller;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.day.ReplayContext;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A biased routing change for tests: callers of one segment (a language, vulnerable callers) are hidden from the
 * router for a while after they arrive, as a weight that penalised their segment would leave them waiting.
 * Attune's weights have no term on any segment, so this is how a test puts such a bias into a what-if.
 */
final class SegmentPenalty implements PolicyFactory {
    private final PolicyFactory fair;
    private final Predicate<Caller> penalised;
    private final double delaySeconds;

    SegmentPenalty(PolicyFactory fair, Predicate<Caller> penalised, double delaySeconds) {
        this.fair = fair;
        this.penalised = penalised;
        this.delaySeconds = delaySeconds;
    }

    @Override
    public String name() {
        return fair.name();
    }

    @Override
    public Router create(ReplayContext context) {
        Router router = fair.create(context);
        return new Router() {
            private final Set<Contact> held = new HashSet<>();
            private Centre centre;

            @Override
            public void start(Centre started) {
                centre = started;
                held.clear();
                router.start(started);
            }

            @Override
            public void contactArrived(Contact contact) {
                if (!penalised.test((Caller) contact)) {
                    router.contactArrived(contact);
                    return;
                }
                held.add(contact);
                centre.simulator().schedule(delaySeconds, () -> {
                    if (held.remove(contact) && contact.waiting()) {
                        router.contactArrived(contact);
                    }
                });
            }

            @Override
            public void agentFree(CentreAgent agent) {
                router.agentFree(agent);
            }

            @Override
            public void contactLeft(Contact contact) {
                if (!held.remove(contact)) {
                    router.contactLeft(contact);
                }
            }

            @Override
            public void agentLeft(CentreAgent agent) {
                router.agentLeft(agent);
            }

            @Override
            public void contactServed(Contact contact, CentreAgent agent) {
                router.contactServed(contact, agent);
            }

            @Override
            public void rosterChanged() {
                router.rosterChanged();
            }

            @Override
            public void finish() {
                router.finish();
            }
        };
    }
}
