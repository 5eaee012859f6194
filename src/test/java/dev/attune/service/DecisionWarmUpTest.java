package dev.attune.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Product;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.domain.ServiceLevelTarget;
import dev.attune.core.engine.PlanMode;
import dev.attune.core.engine.RoutingDirective;
import dev.attune.service.port.DirectiveRehearsal;
import dev.attune.service.port.InputRehearsal;
import dev.attune.service.port.RoutingSetup;
import dev.attune.service.port.RoutingSetupSource;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The warm-up decides real offers on a synthetic pool of its own and hands them only to the rehearsal: the
 * service's pools never see them. Bounded by its call count and its time limit.
 */
class DecisionWarmUpTest {
    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Product("GENERAL", "General", "GENERAL", 1, null, 0.1, 0.15, new ServiceLevelTarget(0.8, 20)),
            new Product("IRA", "IRA", "RETIREMENT", 3, null, 0.6, 0.15, new ServiceLevelTarget(0.8, 30))));

    @Test
    void decidesSyntheticCallsAndRehearsesEveryOffer() {
        List<RoutingDirective> rehearsed = new ArrayList<>();
        List<dev.attune.core.engine.event.RoutingEvent> read = new ArrayList<>();
        DecisionWarmUp warmUp = new DecisionWarmUp(settings(2_000, Duration.ofSeconds(30)), host(), () -> EngineHost.State.RUNNING, setup(CATALOGUE),
                instance((directive, at) -> rehearsed.add(directive)), inputs(read::add));

        String summary = warmUp.run();

        assertTrue(summary.startsWith("2000 synthetic calls"), summary);
        long offers = rehearsed.stream().filter(d -> d instanceof RoutingDirective.OfferCreated).count();
        assertTrue(offers >= 1_900, "most calls offered, was " + offers);
        assertTrue(rehearsed.stream().allMatch(d -> d.offer().poolId().equals(SyntheticFloor.POOL)),
                "only the synthetic pool");
        assertTrue(read.stream().filter(e -> e instanceof dev.attune.core.engine.event.CallArrived).count() >= 2_000,
                "every arrival read as the intake would");
    }

    @Test
    void stopsAtItsTimeLimit() {
        DecisionWarmUp warmUp = new DecisionWarmUp(settings(100_000_000, Duration.ofMillis(300)), host(),
                () -> EngineHost.State.RUNNING, setup(CATALOGUE), instance((directive, at) -> { }), inputs());
        long started = System.nanoTime();

        warmUp.run();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "bounded by max-duration");
    }

    @Test
    void skipsWithNoProductsAndIsDone() {
        DecisionWarmUp warmUp = new DecisionWarmUp(settings(10, Duration.ofSeconds(5)), host(),
                () -> EngineHost.State.RUNNING, setup(new Catalogue(List.of())), instance((directive, at) -> { }), inputs());
        warmUp.runOnce();
        assertTrue(warmUp.done());
        assertEquals("skipped: the catalogue has no products", warmUp.summary());
    }

    /**
     * The start does not wait for it, and it does not play until routing has resumed (a restart's rebuild runs
     * without it beside); readiness waits until it ends.
     */
    @Test
    void playsOnceRoutingHasResumedAndIsDoneWhenItEnds() throws InterruptedException {
        CountDownLatch rehearsing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<EngineHost.State> engine =
                new java.util.concurrent.atomic.AtomicReference<>(EngineHost.State.RECOVERING);
        DecisionWarmUp warmUp = new DecisionWarmUp(settings(100, Duration.ofSeconds(30)), host(), engine::get,
                setup(CATALOGUE),
                instance((directive, at) -> {
                    rehearsing.countDown();
                    awaitQuietly(release);
                }), inputs());

        warmUp.onStart(null);

        assertFalse(rehearsing.await(300, TimeUnit.MILLISECONDS), "nothing played while the pools are rebuilt");
        assertFalse(warmUp.done());
        engine.set(EngineHost.State.RUNNING);
        assertTrue(rehearsing.await(30, TimeUnit.SECONDS), "the warm-up runs after the start returned");
        assertFalse(warmUp.done(), "not done while it runs");
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!warmUp.done() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(warmUp.done());
        // It plays whole rounds, so it may pass its call count by a round.
        assertTrue(warmUp.summary().matches("1\\d\\d synthetic calls, .*"), warmUp.summary());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void isSkippedAndDoneWhenRoutingNeverResumes() {
        DecisionWarmUp warmUp = new DecisionWarmUp(settings(10, Duration.ofSeconds(5)), host(),
                () -> EngineHost.State.STOPPED, setup(CATALOGUE), instance((directive, at) -> { }), inputs());
        warmUp.runOnce();
        assertTrue(warmUp.done(), "readiness is not held down for ever");
        assertTrue(warmUp.summary().startsWith("skipped: routing did not resume"), warmUp.summary());
    }

    private static WarmUpSettings settings(int calls, Duration max) {
        return new WarmUpSettings() {
            public boolean enabled() {
                return true;
            }

            public Duration maxWaitForRouting() {
                return Duration.ofSeconds(30);
            }

            public Duration maxDuration() {
                return max;
            }

            public int calls() {
                return calls;
            }

            public int agents() {
                return 200;
            }
        };
    }

    /** HostSettings with its defaults but no plan thread. */
    private static HostSettings host() {
        return (HostSettings) Proxy.newProxyInstance(HostSettings.class.getClassLoader(),
                new Class<?>[] {HostSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "planMode" -> PlanMode.OFF;
                    case "reservationTimeout" -> Duration.ofSeconds(15);
                    case "maxHold" -> Duration.ofSeconds(10);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RoutingSetupSource setup(Catalogue catalogue) {
        RoutingSetup setup = new RoutingSetup(catalogue, List.<AgentProfile>of(), new RoutingWeights(java.util.Map.of()));
        return (RoutingSetupSource) Proxy.newProxyInstance(RoutingSetupSource.class.getClassLoader(),
                new Class<?>[] {RoutingSetupSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("load")) {
                        return setup;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Instance<InputRehearsal> inputs() {
        return inputs(event -> { });
    }

    private static Instance<InputRehearsal> inputs(InputRehearsal rehearsal) {
        return instanceOf(InputRehearsal.class, rehearsal);
    }

    private static Instance<DirectiveRehearsal> instance(DirectiveRehearsal rehearsal) {
        return instanceOf(DirectiveRehearsal.class, rehearsal);
    }

    @SuppressWarnings("unchecked")
    private static <T> Instance<T> instanceOf(Class<T> type, T rehearsal) {
        return (Instance<T>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("stream")) {
                        return java.util.stream.Stream.of(rehearsal);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
