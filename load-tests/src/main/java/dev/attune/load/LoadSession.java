package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * The ACD side of a load run on one broker: the player, the decision feed, the broker ping and the lag
 * probe, and the rate step that ties them together. It knows nothing about how the router was started,
 * so the same session drives the packaged service, an in-test service or a stub router.
 */
public final class LoadSession implements AutoCloseable {
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final int agents;
    private final CallLedger ledger = new CallLedger(false);
    private final AcdPlayer player;
    private final DecisionFeed feed;
    private final BrokerPing ping;
    private final ConsumerLag lag;
    private int stepIndex;

    public LoadSession(String bootstrapServers, List<AgentProfile> roster, CallMix mix, long seed, double pingRate) {
        KafkaClients.requireLoopback(bootstrapServers);
        KafkaClients.ensureTopics(bootstrapServers, 4);
        this.agents = roster.size();
        try {
            AcdWire wire = new AcdWire();
            this.player = new AcdPlayer(KafkaClients.producer(bootstrapServers, "attune-load-acd"), wire, roster, mix,
                    ledger, Traffic.realistic(1), seed, "load-" + UUID.randomUUID().toString().substring(0, 8));
            resources.add(0, player);
            this.feed = new DecisionFeed(bootstrapServers, wire, ledger, player);
            resources.add(0, feed);
            this.ping = new BrokerPing(bootstrapServers, pingRate);
            resources.add(0, ping);
            this.lag = new ConsumerLag(bootstrapServers);
            resources.add(0, lag);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Every agent reports AVAILABLE; returns once the router counts them all free (attune_agents_available),
     * or, for a router without that gauge, once its consumer groups have caught up, or after the timeout.
     *
     * @param metrics the router's Prometheus text; null when there is none to read
     */
    public void logIn(Duration timeout, Callable<String> metrics) throws InterruptedException {
        player.logIn();
        Instant deadline = Instant.now().plus(timeout);
        Thread.sleep(500);
        while (Instant.now().isBefore(deadline)) {
            long available = -1;
            if (metrics != null) {
                try {
                    available = ServiceSample.parse(metrics.call()).agentsAvailable();
                } catch (Exception notYet) {
                    // the router is busy: ask again
                }
            }
            if (available >= agents || available < 0 && lag.sample() == 0) {
                return;
            }
            Thread.sleep(250);
        }
    }

    /**
     * Places Poisson arrivals at {@code rate} for {@code seconds}, then waits up to {@code drain} for every
     * call of the step to hold an offer, and reports.
     *
     * @param metrics     the router's Prometheus text, for CPU and heap; null when there is none to read
     * @param routerAlive stops the step early if the router dies
     */
    /** The last step's calls by channel. */
    public CallLedger.Step lastStepTallies() {
        return ledger.step(stepIndex);
    }

    public StepResult step(double rate, int seconds, double occupancy, Duration drain, Callable<String> metrics,
            BooleanSupplier routerAlive) throws InterruptedException {
        return step("", seconds < StepResult.JUDGED_SECONDS, rate, seconds, occupancy, drain, metrics, routerAlive);
    }

    /**
     * As {@link #step(double, int, double, Duration, Callable, BooleanSupplier)}, labelled.
     *
     * @param phase "cold", "warm" or "" (see {@link StepResult#phase})
     * @param quick shorter than a verdict needs: reported, never called sustained
     */
    public StepResult step(String phase, boolean quick, double rate, int seconds, double occupancy, Duration drain,
            Callable<String> metrics, BooleanSupplier routerAlive) throws InterruptedException {
        int index = ++stepIndex;
        Traffic traffic = Traffic.realistic(rate).at(rate, agents, occupancy);
        Errors before = errors();
        try (ServiceSampler sampler = new ServiceSampler(metrics, lag)) {
            ping.reset();
            player.arrive(traffic, index);
            Instant end = Instant.now().plusSeconds(seconds);
            while (Instant.now().isBefore(end) && routerAlive.getAsBoolean()) {
                Thread.sleep(50);
            }
            player.stopArrivals();
            sampler.arrivalsStopped();
            Histogram hop = ping.interval();
            CallLedger.Step tally = ledger.step(index);
            Instant drainEnd = Instant.now().plus(drain);
            while ((tally.waiting() > 0 || player.ringing() > 0) && Instant.now().isBefore(drainEnd)
                    && routerAlive.getAsBoolean()) {
                Thread.sleep(20);
            }
            sampler.finish();
            Errors errors = errors().minus(before);
            Histogram latency = tally.latency();
            double offerSeconds = tally.activeSeconds();
            LagTrend trend = sampler.lagTrend();
            return new StepResult(phase, quick, agents, rate, tally.arrived() / (double) seconds,
                    offerSeconds > 0 ? tally.offered() / offerSeconds : 0, tally.arrived(), tally.offered(),
                    StepResult.ms(latency, 50), StepResult.ms(latency, 90), StepResult.ms(latency, 99),
                    StepResult.maxMs(latency), StepResult.ms(hop, 50), StepResult.ms(hop, 99), StepResult.maxMs(hop),
                    traffic.compression(), sampler.lagMax(), errors.total(), errors.detail(), tally.waiting(),
                    tally.duplicates(), tally.reoffers(), sampler.cpuMean(), sampler.heapMaxMb(), sampler.liveDataMb(),
                    sampler.serviceLatencyMs(50), sampler.serviceLatencyMs(99), sampler.machineLoad(),
                    trend.slope(), trend.grows());
        }
    }

    private Errors errors() {
        return new Errors(player.sendFailures(), feed.deadLetters(), player.agentConflicts(), feed.otherDecisions(),
                ledger.unknownOffers());
    }

    /** The kinds of error a step can see, counted since the session began. */
    record Errors(long sendFailures, long deadLetters, long agentConflicts, long unreadableDecisions,
            long unknownCalls) {
        Errors minus(Errors other) {
            return new Errors(sendFailures - other.sendFailures, deadLetters - other.deadLetters,
                    agentConflicts - other.agentConflicts, unreadableDecisions - other.unreadableDecisions,
                    unknownCalls - other.unknownCalls);
        }

        long total() {
            return sendFailures + deadLetters + agentConflicts + unreadableDecisions + unknownCalls;
        }

        String detail() {
            List<String> parts = new ArrayList<>();
            add(parts, sendFailures, "send failures");
            add(parts, deadLetters, "dead letters");
            add(parts, agentConflicts, "offers for unavailable agents");
            add(parts, unreadableDecisions, "unreadable decision records");
            add(parts, unknownCalls, "offers for unknown calls");
            return String.join(", ", parts);
        }

        private static void add(List<String> parts, long count, String what) {
            if (count > 0) {
                parts.add(count + " " + what);
            }
        }
    }

    /** The last step's calls first offered after {@code overMillis} or never, each with its pool, product and language. */
    public List<String> slowOrNeverOffered(long overMillis) {
        return ledger.slowOrNeverOffered(stepIndex, overMillis);
    }

    public List<String> deadLetterReasons() {
        return feed.deadLetterReasons();
    }

    public String lastSendFailure() {
        return player.lastSendFailure();
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[load] while stopping: " + e);
            }
        }
        resources.clear();
    }
}
