package dev.attune.service;

import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.core.engine.RoutingEngine;
import dev.attune.core.engine.RoutingPolicy;
import dev.attune.core.engine.RoutingSettings;
import dev.attune.service.port.DirectiveRehearsal;
import dev.attune.service.port.InputRehearsal;
import dev.attune.service.port.RoutingSetup;
import dev.attune.service.port.RoutingSetupSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Warms the decision path before the service takes traffic: a cold JVM interprets the engine's code for its
 * first tens of thousands of decisions, and the first minute after a start, a deploy or a failover ran at
 * 2-4 times the warm p99 (issue 17). It plays a {@link SyntheticFloor} (its own engine and pool, with the
 * catalogue and weights in force) and rehearses publishing its directives ({@link DirectiveRehearsal}) on a thread
 * of its own once routing has resumed: beside the history read and the rebuild it delayed every restart's routing
 * (issue 11), and with a budget of one second it decided no call at all (staffing its pool took the second). It
 * touches no routing state, so routing goes on while it plays; readiness is DOWN until it is done
 * ({@link WarmUpReadiness}), so traffic sent by readiness (a load balancer, the load test) meets the warm path.
 * Bounded by attune.warm-up.max-duration from the moment it starts playing; a failure only costs the warm start.
 */
@ApplicationScoped
public class DecisionWarmUp {
    private static final Logger LOG = Logger.getLogger(DecisionWarmUp.class);

    private final WarmUpSettings settings;
    private final HostSettings host;
    /** The engine's state: the warm-up plays only once it routes. */
    private final Supplier<EngineHost.State> engine;
    private final RoutingSetupSource setup;
    private final Instance<DirectiveRehearsal> rehearsals;
    private final Instance<InputRehearsal> intakes;
    private volatile boolean done;
    private volatile String summary = "not started";

    @Inject
    public DecisionWarmUp(WarmUpSettings settings, HostSettings host, EngineHost engine, RoutingSetupSource setup,
            Instance<DirectiveRehearsal> rehearsals, Instance<InputRehearsal> intakes) {
        this(settings, host, engine::state, setup, rehearsals, intakes);
    }

    DecisionWarmUp(WarmUpSettings settings, HostSettings host, Supplier<EngineHost.State> engine,
            RoutingSetupSource setup, Instance<DirectiveRehearsal> rehearsals, Instance<InputRehearsal> intakes) {
        this.intakes = intakes;
        this.settings = settings;
        this.host = host;
        this.engine = engine;
        this.setup = setup;
        this.rehearsals = rehearsals;
    }

    /** Begun at start, on a thread of its own that waits until routing has resumed before it plays. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 1) StartupEvent startup) {
        if (!settings.enabled()) {
            summary = "disabled";
            done = true;
            return;
        }
        Thread thread = new Thread(this::runOnce, "attune-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** One warm-up, never throwing: what {@link #onStart} runs on the warm-up thread. */
    void runOnce() {
        try {
            summary = "waiting for routing to resume";
            if (!routingResumed()) {
                summary = "skipped: routing did not resume within " + settings.maxWaitForRouting();
                LOG.warnf("the decision path's warm-up was %s; routing starts cold", summary);
                return;
            }
            run();
        } catch (RuntimeException e) {
            summary = "failed: " + e;
            LOG.warnf(e, "the decision path's warm-up failed; routing starts cold");
        } finally {
            done = true;
        }
    }

    /** Waits until the engine routes (its pools rebuilt from history), so the warm-up never delays that. */
    private boolean routingResumed() {
        long bound = System.nanoTime() + settings.maxWaitForRouting().toNanos();
        while (engine.get() != EngineHost.State.RUNNING) {
            if (engine.get() == EngineHost.State.STOPPED || System.nanoTime() > bound) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Plays the synthetic floor until the call count or the time bound; returns what it did. */
    String run() {
        long started = System.nanoTime();
        long bound = started + settings.maxDuration().toNanos();
        summary = "playing";
        RoutingSetup loaded = setup.load();
        if (loaded.catalogue().products().isEmpty()) {
            summary = "skipped: the catalogue has no products";
            return summary;
        }
        RoutingPolicy policy = RoutingPolicy.defaults().toBuilder().reservationTimeout(host.reservationTimeout())
                .maxHold(host.maxHold()).build();
        Clock clock = Clock.systemUTC();
        PlanMode mode = host.planMode();
        try (RoutingEngine synthetic = new RoutingEngine(new RoutingSettings(loaded.catalogue(), null, policy,
                loaded.weights()), clock, mode)) {
            SyntheticFloor floor = new SyntheticFloor(synthetic, clock, loaded.catalogue(), settings.agents());
            List<DirectiveRehearsal> publishers = rehearsals.stream().toList();
            List<InputRehearsal> intake = intakes.stream().toList();
            while (floor.calls() < settings.calls() && System.nanoTime() < bound) {
                floor.round(inputs -> inputs.forEach(event -> intake.forEach(i -> i.rehearse(event))),
                        directives -> rehearse(publishers, directives, clock));
            }
            summary = String.format("%d synthetic calls, %d offers, %d agents, in %d ms", floor.calls(), floor.offers(),
                    settings.agents(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        LOG.infof("decision path warmed up: %s", summary);
        return summary;
    }

    private static void rehearse(List<DirectiveRehearsal> publishers, List<RoutingDirective> directives, Clock clock) {
        for (RoutingDirective directive : directives) {
            for (DirectiveRehearsal publisher : publishers) {
                publisher.rehearse(directive, clock.instant());
            }
        }
    }

    public boolean done() {
        return done;
    }

    public String summary() {
        return summary;
    }
}
