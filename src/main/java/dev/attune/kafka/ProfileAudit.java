package dev.attune.kafka;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.engine.event.AgentProfileChanged;
import dev.attune.service.port.ChangeNote;
import dev.attune.service.port.ChangeNotice;
import dev.attune.service.port.ConflictingChangeException;
import dev.attune.service.port.Roster;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Stores and audits agent profiles that arrive as agent.profile-changed on Kafka, as the REST API does for
 * its own edits: the roster in PostgreSQL gets the profile and an audit row naming the event's source, id
 * and position, once (a profile equal to the stored one is not a change), and announces it to the other
 * instances (see {@link ChangeFeed}). Runs after the engine applied the event (a refused one is a dead
 * letter, not a change), on its own thread so neither the intake nor the engine waits for the database.
 */
@ApplicationScoped
public class ProfileAudit {
    private static final Logger LOG = Logger.getLogger(ProfileAudit.class);
    private static final int ATTEMPTS = 3;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final Roster roster;
    private final ChangeBroadcast broadcast;
    private final Counter unrecorded;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "attune-profile-audit");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ProfileAudit(Roster roster, ChangeBroadcast broadcast, MeterRegistry registry) {
        this.roster = roster;
        this.broadcast = broadcast;
        this.unrecorded = Counter.builder("attune.profile.changes.unrecorded")
                .description("Profile changes from Kafka applied to the engine but not stored in the roster")
                .register(registry);
    }

    /** Records the event if it is a profile change the engine has applied; other events are not changes. */
    public void applied(InboundEvent event, InboundRecord record) {
        if (!(event.event() instanceof AgentProfileChanged change)) {
            return;
        }
        ChangeNote note = new ChangeNote("kafka:" + event.source(), event.type().type() + " " + event.id()
                + " from " + record.position(), event.time());
        writer.execute(() -> store(change.profile(), note, record.position()));
    }

    private void store(AgentProfile profile, ChangeNote note, String position) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                var stored = roster.find(profile.id());
                if (stored.isPresent() && stored.get().equals(profile)) {
                    // Read again by the pool's next owner after a failover, or sent twice: stored once.
                    return;
                }
                if (stored.isPresent()) {
                    roster.update(profile, note);
                } else {
                    roster.create(profile, note);
                }
                broadcast.announce(ChangeNotice.Kind.AGENT, profile.id());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !transientFailure(e)) {
                    unrecorded.increment();
                    LOG.errorf("agent %s's profile from %s is live but not stored or audited: %s", profile.id(),
                            position, e.toString());
                    return;
                }
                pause();
            }
        }
    }

    /** The roster's own refusals (an agent moving pools) will not pass on a second try; a database outage may. */
    private static boolean transientFailure(RuntimeException e) {
        return !(e instanceof IllegalArgumentException) && !(e instanceof ConflictingChangeException);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        writer.shutdown();
    }
}
