package dev.attune.fault;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One scenario on the running stack: traffic, the fault (repeated for kill -9), recovery, a drain with arrivals
 * stopped, and the journal checked for every decision the ACD saw. Every wait is bounded.
 */
final class ScenarioRun {
    private static final Duration MAX_DRAIN = Duration.ofMinutes(10);
    private final Scenario scenario;
    private final FaultOptions options;
    private final FaultStack stack;
    private final FaultAcd acd;
    private final PrintStream out;
    private final List<int[]> conditions = new ArrayList<>();
    private String check = "-";
    private boolean checkMet = true;
    /** The ACD's REST side in a scenario that uses it (kill1of3), else null. */
    private RestAcd rest;
    /** The overload row's watch on the service's heap, else null. */
    private HeapWatch heap;

    ScenarioRun(Scenario scenario, FaultOptions options, FaultStack stack, FaultAcd acd, PrintStream out) {
        this.scenario = scenario;
        this.options = options;
        this.stack = stack;
        this.acd = acd;
        this.out = out;
    }

    FaultRow run() throws Exception {
        out.printf("[fault] %s: %s%n", scenario.option(), scenario.description());
        FaultTally tally = acd.begin(scenario.option());
        long failuresBefore = acd.sendFailures();
        Thread.sleep(FaultSuite.warmUp().toMillis());
        int faults = scenario == Scenario.KILL9 ? options.kills() : 1;
        for (int round = 1; round <= faults; round++) {
            // With --alternate-cds every second restart goes without the class-data archive: both under the same load.
            boolean withArchive = !options.alternateCds() || round % 2 == 1;
            fault(tally, withArchive);
            awaitResumed(tally);
            out.printf("[fault] %s %d/%d: routing resumed after %.1f s%s%n", scenario.option(), round, faults,
                    tally.resumeSeconds().get(tally.resumeSeconds().size() - 1),
                    scenario == Scenario.KILL9 && options.alternateCds() ? (withArchive ? " (AppCDS)" : " (no AppCDS)") : "");
            if (scenario == Scenario.KILL9) {
                out.println("[fault]   seconds after the kill:");
                out.println(stack.restartTimeline(tally.faultStart(), tally.firstOfferAfterFault()).render("[fault]   "));
            }
        }
        acd.stopArrivals();
        Instant drainStart = Instant.now();
        long lost = drain();
        out.printf("[fault]   arrivals stopped; %s %.0f s later%n", lost == 0 ? "every call connected" : lost + " calls not",
                Duration.between(drainStart, Instant.now()).toMillis() / 1000.0);
        heapChecked();
        // Calls already on REST keep their answers there; the scenarios after this one are Kafka only.
        acd.routeOverRest(null, 0);
        // The journal is asked through the service: after a kill it may still be starting.
        stack.awaitReady(Duration.ofSeconds(options.recoverySeconds()));
        int missing = missingFromJournal(tally.decisions());
        return new FaultRow(scenario, faults, tally.callsPlaced(), lost, tally.routedTwiceCount(),
                tally.acceptedRescindedCount(), tally.decisions().size(), missing, tally.resumeSeconds(),
                describe(conditions), acd.sendFailures() - failuresBefore, check, checkMet,
                rest == null ? -1 : rest.sent(), rest == null ? -1 : rest.refused());
    }

    private void fault(FaultTally tally, boolean withArchive) throws Exception {
        Duration outage = scenario.outage(options.outageScale());
        switch (scenario) {
            case KILL9 -> {
                acd.burst(options.burst());
                // Let offers go out and some be accepted, so the kill hits waiting, ringing and connected calls.
                Thread.sleep(Math.max(1000, options.ringMillis()));
                conditions.add(acd.snapshot());
                stack.killService();
                tally.faultStarts();
                stack.startService(false, withArchive);
            }
            case FREEZE -> outage(tally, outage, () -> stack.freezeService(true), () -> stack.freezeService(false));
            case BROKER30, BROKER_TIMEOUT -> outage(tally, outage, stack::stopBroker, stack::startBroker);
            case BROKER_FROZEN -> outage(tally, outage, () -> stack.freezeBroker(true), () -> stack.freezeBroker(false));
            case POSTGRES30, POSTGRES300 -> outage(tally, outage, stack::stopPostgres, stack::startPostgres);
            case OVERLOAD -> overload(tally, outage);
            case KILL_ONE_OF_THREE -> {
                ThreeInstances three = stack.three();
                three.start(Duration.ofSeconds(options.recoverySeconds()));
                if (stack.issuer() != null && options.restShare() > 0) {
                    rest = new RestAcd(stack.issuer(), new RestTargets(three, FaultStack.PARTITIONS), out);
                    acd.routeOverRest(rest, options.restShare());
                    out.printf("[fault]   %.0f%% of calls created and accepted over REST through an instance not "
                            + "owning their pool%n", options.restShare() * 100);
                }
                // Traffic on all three first, so the kill hits waiting, ringing and connected calls on each.
                Thread.sleep(FaultSuite.warmUp().toMillis());
                conditions.add(acd.snapshot());
                tally.faultStarts(three.killBusiest(acd.pools()));
            }
            case MALFORMED -> {
                conditions.add(acd.snapshot());
                tally.faultStarts();
                corpus();
            }
        }
    }

    /**
     * The overload: arrivals at the overload rate for the fault's length, then the base rate; the row's own check
     * is the service's heap in use, at most --heap-limit-mb throughout.
     */
    private void overload(FaultTally tally, Duration length) throws Exception {
        // Watched until the backlog has drained too (closed in run()): the queue peaks after arrivals slow down.
        heap = new HeapWatch(stack::metrics);
        long placedBefore = tally.callsPlaced();
        Instant start = Instant.now();
        outage(tally, length, () -> acd.rate(options.overloadRate()), () -> {
            // What the router kept up with: the calls still waiting when arrivals slow down are its backlog.
            int[] held = acd.snapshot();
            long placed = tally.callsPlaced() - placedBefore;
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            out.printf("[fault]   overload: %d calls placed in %.0f s (%.0f/s); when arrivals slowed %d waited for an "
                    + "offer, %d rang, %d were connected%n", placed, seconds, placed / seconds, held[0], held[1], held[2]);
            acd.rate(options.rate());
        });
    }

    private void heapChecked() throws InterruptedException {
        if (heap != null) {
            heap.close();
            check = String.format("heap max %.0f MB", heap.maxMb());
            checkMet = heap.maxMb() > 0 && heap.maxMb() <= options.heapLimitMb();
        }
    }

    /** Sends the malformed corpus; the row's own check: every record dead-lettered with its reason. */
    private void corpus() throws Exception {
        MalformedCorpus corpus = new MalformedCorpus(acd.exampleCall());
        Map<MalformedCorpus.Entry, String> reasons = corpus.sendAndCollect(stack.bootstrapServers(),
                Duration.ofSeconds(options.recoverySeconds()));
        long right = 0;
        for (Map.Entry<MalformedCorpus.Entry, String> got : reasons.entrySet()) {
            boolean ok = got.getKey().reason().equals(got.getValue());
            right += ok ? 1 : 0;
            out.printf("[fault]   %-50s dead letter: %-16s %s%n", got.getKey().what(), got.getValue(),
                    ok ? "" : "(expected " + got.getKey().reason() + ")");
        }
        check = right + "/" + reasons.size() + " dead-lettered";
        checkMet = right == reasons.size();
    }

    /** Something a fault does to a process. */
    private interface Step {
        void run() throws Exception;
    }

    private void outage(FaultTally tally, Duration length, Step begin, Step end) throws Exception {
        conditions.add(acd.snapshot());
        begin.run();
        // Counted from when the fault is in place: an offer the service sent while the fault was being set up
        // (the instant before a SIGSTOP took hold) is not routing resumed.
        tally.faultStarts();
        try {
            Thread.sleep(length.toMillis());
        } finally {
            end.run();
        }
    }

    private void awaitResumed(FaultTally tally) throws InterruptedException {
        Instant bound = Instant.now().plusSeconds(options.recoverySeconds());
        while (!tally.resumed() && Instant.now().isBefore(bound)) {
            Thread.sleep(100);
        }
        tally.neverResumed();
        // A few seconds of normal traffic between faults, so each one meets a working router.
        Thread.sleep(5_000);
    }

    /**
     * Waits for every call to reach an agent; returns how many never did. A call counts as lost once the queue
     * has made no progress for the drain time: a long outage leaves a backlog that the floor serves at its own
     * pace (60 agents with 20 s calls: about 3 a second), and a call still queued behind it is late, not lost.
     * Bounded by {@link #MAX_DRAIN} all the same.
     */
    private long drain() throws InterruptedException {
        Instant start = Instant.now();
        Instant stalledAt = start.plusSeconds(options.drainSeconds());
        long left = acd.neverConnected();
        while (left > 0 && Instant.now().isBefore(stalledAt) && Instant.now().isBefore(start.plus(MAX_DRAIN))) {
            Thread.sleep(500);
            long now = acd.neverConnected();
            if (now < left) {
                stalledAt = Instant.now().plusSeconds(options.drainSeconds());
            }
            left = now;
        }
        return left;
    }

    /** Gives the journal time to catch up (bounded), then counts the decisions it does not hold. */
    private int missingFromJournal(List<String> decisions) throws InterruptedException {
        List<String> missing = new ArrayList<>(decisions);
        Instant bound = Instant.now().plus(FaultSuite.journalCatchUp());
        while (true) {
            missing.removeAll(stack.journalled(missing));
            if (missing.isEmpty() || Instant.now().isAfter(bound)) {
                return missing.size();
            }
            Thread.sleep(2_000);
        }
    }

    private static String describe(List<int[]> conditions) {
        if (conditions.isEmpty()) {
            return "-";
        }
        double[] mean = new double[3];
        for (int[] c : conditions) {
            for (int i = 0; i < 3; i++) {
                mean[i] += c[i] / (double) conditions.size();
            }
        }
        return String.format("%.0f / %.0f / %.0f", mean[0], mean[1], mean[2]);
    }
}
