package dev.attune.local;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Catalogue;
import dev.attune.load.AcdPlayer;
import dev.attune.load.AcdWire;
import dev.attune.load.CallLedger;
import dev.attune.load.CallMix;
import dev.attune.load.DecisionFeed;
import dev.attune.load.KafkaClients;
import dev.attune.load.ServiceConfig;
import dev.attune.load.Traffic;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * The local run's contact centre: the load test's ACD and analytics player at a low, endless rate over
 * the sample roster, so the dashboard and metrics show live numbers. Calls are shortened only as much
 * as keeps about 70% of the roster busy, so queues form and drain as they would on a real floor.
 */
public final class DemoTraffic implements AutoCloseable {
    private static final double OCCUPANCY = 0.7;

    private final String bootstrapServers;
    private final double callsPerSecond;
    private final Path configDir;
    private final CallLedger ledger = new CallLedger(true);
    private AcdPlayer player;
    private DecisionFeed feed;
    private Traffic traffic;

    public DemoTraffic(String bootstrapServers, double callsPerSecond) {
        this(bootstrapServers, callsPerSecond, Path.of("config"));
    }

    public DemoTraffic(String bootstrapServers, double callsPerSecond, Path configDir) {
        KafkaClients.requireLoopback(bootstrapServers);
        if (!(callsPerSecond > 0 && callsPerSecond <= 50)) {
            throw new IllegalArgumentException("demo rate must be in (0, 50] calls/s, was " + callsPerSecond);
        }
        this.bootstrapServers = bootstrapServers;
        this.callsPerSecond = callsPerSecond;
        this.configDir = configDir;
    }

    /** Logs the sample roster in and starts placing calls. */
    public void start() {
        List<AgentProfile> roster = ServiceConfig.roster(configDir);
        Catalogue catalogue = ServiceConfig.catalogue(configDir);
        KafkaClients.ensureTopics(bootstrapServers, 4);
        traffic = Traffic.realistic(callsPerSecond).at(callsPerSecond, roster.size(), OCCUPANCY);
        AcdWire wire = new AcdWire();
        player = new AcdPlayer(KafkaClients.producer(bootstrapServers, "attune-demo-acd"), wire, roster,
                CallMix.servableBy(roster, catalogue), ledger, traffic, System.nanoTime(),
                "demo-" + UUID.randomUUID().toString().substring(0, 8));
        feed = new DecisionFeed(bootstrapServers, wire, ledger, player);
        player.logIn();
        player.arrive(traffic, 0);
    }

    /** One line for the console: calls placed and offered so far, and the latency the ACD saw. */
    public String status() {
        CallLedger.Step step = ledger.step(0);
        Histogram latency = step.latency();
        return String.format(Locale.ROOT,
                "%d calls placed, %d offered, %d re-offered after a decline or ring-out, %d on the line or waiting; "
                        + "arrival-to-offer p50 %.1f ms, p99 %.1f ms; %d dead letters",
                step.arrived(), step.offered(), step.reoffers(), player.liveCalls(),
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                feed.deadLetters());
    }

    /** The agent cycle after shortening: mean talk time and the factor applied to real-world durations. */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() throws InterruptedException {
        if (player != null) {
            player.stopArrivals();
        }
        if (feed != null) {
            feed.close();
        }
        if (player != null) {
            player.close();
        }
    }
}
