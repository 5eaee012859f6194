package dev.attune.fault;

import dev.attune.load.AcdWire;
import dev.attune.load.Caller;
import dev.attune.load.CallMix;
import dev.attune.load.KafkaClients;
import dev.attune.load.OfferSeen;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An ACD that keeps working whatever the router does: it places calls, rings the offered agent, accepts after
 * a few seconds, connects and ends the call, and retries its sends for as long as an outage lasts (producer
 * delivery timeout of ten minutes). It believes only what it did itself, so it can tell the router's mistakes:
 * an offer for a call it already connected (routed twice), a rescind of an offer it had accepted. All state
 * is kept on one thread ("fault-acd"); the decision consumer hands records over to it.
 */
final class FaultAcd implements AutoCloseable {
    private static final Duration SEND_RETRY_WINDOW = Duration.ofMinutes(10);

    enum Stage { WAITING, RINGING, CONNECTED, ENDED }

    /** One call as the ACD knows it. */
    static final class CallState {
        Stage stage = Stage.WAITING;
        String ringing;
        String connectedBy;
        /** Created and answered over REST, through an instance that does not own the pool. */
        boolean overRest;
        final String poolId;

        CallState(String poolId) {
            this.poolId = poolId;
        }
    }

    private final AcdWire wire = new AcdWire();
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ScheduledExecutorService acd = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "fault-acd"));
    private final Thread reader;
    private final CallMix mix;
    private final FaultOptions options;
    private final Random random;
    private final Map<String, CallState> calls = new HashMap<>();
    private final Map<String, Boolean> busyAgents = new HashMap<>();
    private final Map<String, String> acceptedDecisions = new HashMap<>();
    private final FaultTally tally = new FaultTally();
    private final AtomicLong sendFailures = new AtomicLong();
    private volatile boolean running = true;
    private ScheduledFuture<?> arrivals;
    private RestAcd rest;
    private double restShare;
    private String prefix = "x";
    private long placed;

    FaultAcd(String bootstrap, CallMix mix, FaultOptions options) {
        this.mix = mix;
        this.options = options;
        this.random = new Random(options.seed());
        Properties props = KafkaClients.base(bootstrap, "fault-acd");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(SEND_RETRY_WINDOW.toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(SEND_RETRY_WINDOW.toMillis()));
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        consumer = KafkaClients.assignedConsumer(bootstrap, "fault-acd-decisions", List.of(AcdWire.DECISIONS));
        reader = daemon(this::read, "fault-acd-decisions");
        reader.start();
    }

    /** Every agent of the roster reports AVAILABLE. */
    void logIn(Map<String, String> agentPools) {
        acd.execute(() -> agentPools.forEach((agent, pool) -> {
            busyAgents.put(agent, false);
            send(wire.agentStateChanged(pool, agent, "AVAILABLE", null, Instant.now()));
        }));
    }

    /** Starts a new tally (and call ids) for a scenario, with arrivals at the configured rate. */
    FaultTally begin(String scenario) {
        run(() -> {
            prefix = scenario + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
            tally.reset(scenario);
            // Calls of earlier scenarios still end and free their agents, but no longer count.
            calls.clear();
            long period = Math.max(1, Math.round(1_000_000 / options.rate()));
            arrivals = acd.scheduleAtFixedRate(this::arrive, 0, period, TimeUnit.MICROSECONDS);
        });
        return tally;
    }

    /** From now on calls arrive at this rate (evenly spaced); {@link #stopArrivals} still stops them. */
    void rate(double callsPerSecond) {
        run(() -> {
            if (arrivals != null) {
                arrivals.cancel(false);
            }
            long period = Math.max(1, Math.round(1_000_000 / callsPerSecond));
            arrivals = acd.scheduleAtFixedRate(this::arrive, period, period, TimeUnit.MICROSECONDS);
        });
    }

    /** Places this many calls at once (a queue for the router to hold through a fault). */
    void burst(int count) {
        run(() -> {
            for (int i = 0; i < count; i++) {
                arrive();
            }
        });
    }

    void stopArrivals() {
        run(() -> {
            if (arrivals != null) {
                arrivals.cancel(false);
            }
        });
    }

    /**
     * From now on this share of new calls is created over REST, and their offers accepted over REST, through an
     * instance that does not own the pool; 0 stops new ones (calls already on REST are still answered there).
     */
    void routeOverRest(RestAcd client, double share) {
        run(() -> {
            if (client != null) {
                rest = client;
            }
            restShare = share;
        });
    }

    /** Waiting, ringing and connected calls of this scenario right now. */
    int[] snapshot() {
        return call(() -> {
            int[] counts = new int[3];
            calls.values().forEach(c -> {
                if (c.stage != Stage.ENDED) {
                    counts[c.stage.ordinal()]++;
                }
            });
            return counts;
        });
    }

    /** Calls of this scenario that were never connected to an agent. */
    long neverConnected() {
        return call(() -> calls.values().stream().filter(c -> c.stage == Stage.WAITING || c.stage == Stage.RINGING).count());
    }

    /** A well-formed call of a real pool, never placed: what the malformed corpus spoils. */
    Caller exampleCall() {
        return mix.draw("corpus-" + Long.toHexString(System.nanoTime()), new Random(options.seed()));
    }

    long sendFailures() {
        return sendFailures.get();
    }

    /** The pools calls are placed in. */
    java.util.Set<String> pools() {
        return mix.pools();
    }

    private void arrive() {
        String callId = prefix + "-" + (++placed);
        Caller caller = mix.draw(callId, random);
        CallState call = new CallState(caller.poolId());
        calls.put(callId, call);
        tally.placed();
        if (rest != null && random.nextDouble() < restShare) {
            call.overRest = true;
            rest.createTask(caller);
        } else {
            send(wire.callArrived(caller, Instant.now()));
        }
    }

    private void read() {
        while (running) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    AcdWire.Decision decision = wire.decision(record, System.nanoTime());
                    Instant sentAt = Instant.ofEpochMilli(record.timestamp());
                    acd.execute(() -> decided(decision, sentAt));
                }
            } catch (RuntimeException e) {
                if (running) {
                    sleep(500);
                }
            }
        }
    }

    private void decided(AcdWire.Decision decision, Instant sentAt) {
        if (decision instanceof AcdWire.Decision.Created created) {
            offered(created.offer(), sentAt);
        } else if (decision instanceof AcdWire.Decision.Rescinded rescinded) {
            rescinded(rescinded);
        }
    }

    private void offered(OfferSeen offer, Instant sentAt) {
        CallState call = calls.get(offer.callId());
        if (call == null) {
            return; // another scenario's call, or not ours
        }
        tally.offered(offer.decisionId(), offer.poolId(), sentAt, offer.consumedNanos());
        if (call.stage == Stage.CONNECTED || call.stage == Stage.ENDED
                || call.stage == Stage.RINGING && !offer.decisionId().equals(call.ringing)) {
            tally.routedTwice(offer.callId());
            send(wire.offerAnswered("offer.rejected", offer, "the call is already offered or connected", Instant.now()));
            return;
        }
        if (Boolean.TRUE.equals(busyAgents.get(offer.agentId()))) {
            send(wire.offerAnswered("offer.rejected", offer, "the agent is on another call", Instant.now()));
            return;
        }
        call.stage = Stage.RINGING;
        call.ringing = offer.decisionId();
        long ring = options.ringMillis() / 2 + random.nextInt((int) Math.max(1, options.ringMillis()));
        acd.schedule(() -> accept(offer, call), ring, TimeUnit.MILLISECONDS);
    }

    private void accept(OfferSeen offer, CallState call) {
        if (call.stage != Stage.RINGING || !offer.decisionId().equals(call.ringing)
                || Boolean.TRUE.equals(busyAgents.get(offer.agentId()))) {
            return; // rescinded meanwhile, or the agent was taken by another call
        }
        busyAgents.put(offer.agentId(), true);
        if (call.overRest) {
            // Connected only once the router said yes: docs/api.md tells the ACD not to connect on a 409.
            rest.accept(offer).thenAccept(answer -> acd.execute(() -> acceptedOverRest(offer, call, answer)));
            return;
        }
        connect(offer, call);
        send(wire.offerAnswered("offer.accepted", offer, null, Instant.now()));
        busyNow(offer, call);
    }

    private void acceptedOverRest(OfferSeen offer, CallState call, RestAcd.Answer answer) {
        if (!answer.ok()) {
            busyAgents.put(offer.agentId(), false);
            if (call.stage == Stage.RINGING && offer.decisionId().equals(call.ringing)) {
                call.stage = Stage.WAITING;
                call.ringing = null;
            }
            return;
        }
        if (call.stage != Stage.RINGING || !offer.decisionId().equals(call.ringing)) {
            // Rescinded while the accept was on its way, yet the router said yes: the caller is with the agent.
            tally.acceptedRescinded(offer.decisionId());
        }
        connect(offer, call);
        // After the accept's answer, so the state change lands behind the accept on the pool's partition.
        busyNow(offer, call);
    }

    private void connect(OfferSeen offer, CallState call) {
        call.stage = Stage.CONNECTED;
        call.connectedBy = offer.decisionId();
        acceptedDecisions.put(offer.decisionId(), offer.callId());
    }

    private void busyNow(OfferSeen offer, CallState call) {
        Instant now = Instant.now();
        send(wire.agentStateChanged(offer.poolId(), offer.agentId(), "BUSY", now.plusMillis(options.holdMillis()), now));
        acd.schedule(() -> end(offer, call), options.holdMillis(), TimeUnit.MILLISECONDS);
    }

    private void end(OfferSeen offer, CallState call) {
        call.stage = Stage.ENDED;
        Instant now = Instant.now();
        send(wire.callEnded(offer.poolId(), offer.callId(), offer.agentId(), "RESOLVED", 4, now));
        send(wire.agentStateChanged(offer.poolId(), offer.agentId(), "WRAP_UP", now.plusSeconds(1), now));
        acd.schedule(() -> {
            busyAgents.put(offer.agentId(), false);
            send(wire.agentStateChanged(offer.poolId(), offer.agentId(), "AVAILABLE", null, Instant.now()));
        }, 1, TimeUnit.SECONDS);
    }

    private void rescinded(AcdWire.Decision.Rescinded rescinded) {
        if (acceptedDecisions.containsKey(rescinded.decisionId())) {
            // The ACD connected this call already: the rescind cannot be obeyed; the caller is with the agent.
            tally.acceptedRescinded(rescinded.decisionId());
            return;
        }
        CallState call = calls.get(rescinded.callId());
        if (call != null && call.stage == Stage.RINGING && rescinded.decisionId().equals(call.ringing)) {
            call.stage = Stage.WAITING;
            call.ringing = null;
        }
    }

    private void send(ProducerRecord<String, byte[]> record) {
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                sendFailures.incrementAndGet();
            }
        });
    }

    private void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return acd.submit(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the ACD thread did not answer", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() {
        running = false;
        acd.shutdownNow();
        if (rest != null) {
            rest.close();
        }
        producer.close(Duration.ofSeconds(5));
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
