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

/**
 * A biased routing change for tests: callers of one language are hidden from the router for a while after they
 * arrive, as a weight that penalised their language would leave them waiting. Attune's weights have no term on
 * a caller's language, so this is how a test puts such a bias into a what-if.
 */
final class LanguagePenalty implements PolicyFactory {
    private final PolicyFactory fair;
    private final String language;
    private final double delaySeconds;

    LanguagePenalty(PolicyFactory fair, String language, double delaySeconds) {
        this.fair = fair;
        this.language = language;
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
                if (!language.equals(((Caller) contact).language())) {
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
