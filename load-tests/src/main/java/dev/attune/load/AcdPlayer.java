package dev.attune.load;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the ACD and the analytics feed: logs the roster in, places Poisson call arrivals, publishes
 * emotion estimates while each call lives, answers every offer like an agent would (accept after a
 * delay, sometimes decline or ring out), ends calls after their handle time and takes agents through
 * wrap-up back to AVAILABLE. An agent holds calls per channel within its capacity ({@link AgentSeat}).
 *
 * <p>All of it runs on one thread over a time-ordered agenda, so the ACD's view of agents and calls
 * needs no locks. Offers and rescinds from the decision consumer reach it through an inbox. If the
 * thread falls behind, due arrivals go out at once and each is timed when it is actually produced, so
 * latency is never flattered; the achieved rate is reported next to the asked rate.
 */
public final class AcdPlayer implements AutoCloseable {
    private final Producer<String, byte[]> producer;
    private final AcdWire wire;
    private final CallMix mix;
    private final CallLedger ledger;
    private final Random random;
    private final String callPrefix;
    private final Map<String, AgentSeat> seats = new HashMap<>();
    private final Map<String, CallEntry> liveCalls = new HashMap<>();
    private final PriorityQueue<Timed> agenda = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger ringing = new AtomicInteger();
    /**
     * How long after the ACD withdraws an agent's slots an offer for that agent still counts as crossing the change
     * rather than ignoring it: the router applies an input record within milliseconds here, so two seconds is
     * generous, and an offer made long after the change was read is still counted as a conflict.
     */
    private static final Duration CROSSING = Duration.ofSeconds(2);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicLong agentConflicts = new AtomicLong();
    private final AtomicLong crossedOffers = new AtomicLong();
    private final AtomicLong duplicateOffers = new AtomicLong();
    private volatile String lastSendFailure;
    private volatile boolean running = true;

    // Owned by the player thread.
    private Traffic traffic;
    private boolean arriving;
    private int stepIndex;
    private long nextArrivalNanos;
    private long callNumber;
    private long sequence;

    private static final class CallEntry {
        final Caller caller;
        final long arrivedNanos;
        final Emotion temperament;
        String agentId;

        CallEntry(Caller caller, long arrivedNanos, Emotion temperament) {
            this.caller = caller;
            this.arrivedNanos = arrivedNanos;
            this.temperament = temperament;
        }
    }

    private record Timed(long atNanos, long sequence, Runnable action) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed other) {
            int byTime = Long.compare(atNanos, other.atNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /**
     * @param producer   owned by the player from now on (closed with it)
     * @param callPrefix makes call ids unique per run, so a reused broker or service never confuses runs
     */
    public AcdPlayer(Producer<String, byte[]> producer, AcdWire wire, List<AgentProfile> roster, CallMix mix,
            CallLedger ledger, Traffic traffic, long seed, String callPrefix) {
        this.producer = producer;
        this.wire = wire;
        this.mix = mix;
        this.ledger = ledger;
        this.traffic = traffic;
        this.random = new Random(seed);
        this.callPrefix = callPrefix;
        roster.forEach(agent -> seats.put(agent.id(), new AgentSeat(agent)));
        this.thread = new Thread(this::loop, "acd-player");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Every agent of the roster reports AVAILABLE. */
    public void logIn() {
        post(() -> seats.values().forEach(seat -> {
            seat.away = false;
            seat.told = "AVAILABLE";
            send(wire.agentStateChanged(seat.agent.poolId(), seat.agent.id(), "AVAILABLE", null, Instant.now()));
        }));
    }

    /** Start (or change) arrivals at this traffic's rate; calls placed from now on count towards this step. */
    public void arrive(Traffic newTraffic, int step) {
        post(() -> {
            traffic = newTraffic;
            stepIndex = step;
            arriving = true;
            nextArrivalNanos = System.nanoTime() + interArrivalNanos();
        });
    }

    public void stopArrivals() {
        post(() -> arriving = false);
    }

    /** Called by the decision consumer with the ledger's verdict on the offer. */
    public void offered(OfferSeen offer, CallLedger.Verdict verdict) {
        post(() -> onOffer(offer, verdict));
    }

    public void rescinded(String decisionId, String callId, String agentId) {
        // Released here, on the decision consumer, not later from the inbox: the offer that follows a rescind
        // on routing.decisions is recorded by this thread at once, and must not find the call still offered.
        ledger.released(callId, decisionId);
        post(() -> onRescind(decisionId, callId, agentId));
    }

    /** Whether this player placed the call (another producer may share the broker and the service). */
    public boolean placed(String callId) {
        return callId.startsWith(callPrefix + "-");
    }

    /** Calls not yet ended (waiting, ringing or talking). */
    public int liveCalls() {
        return live.get();
    }

    /** Offers the ACD is ringing an agent for and has not answered yet. */
    public int ringing() {
        return ringing.get();
    }

    public long recordsSent() {
        return sent.get();
    }

    public long sendFailures() {
        return sendFailures.get();
    }

    public String lastSendFailure() {
        return lastSendFailure;
    }

    /** Offers for an agent the ACD knows has no free slot of the call's channel. */
    public long agentConflicts() {
        return agentConflicts.get();
    }

    /**
     * Offers that crossed a state change on the wire: the ACD had just told the router the agent has no free slot
     * (wrap-up after a chat, away after a ring-out) and the router offered before it read that. Any ACD meets these
     * with a multi-slot agent; it refuses the offer ("agent not available") and the router offers the call again.
     */
    public long crossedOffers() {
        return crossedOffers.get();
    }

    /** Offers for a call that already had one; the ACD ignores them. */
    public long duplicateOffers() {
        return duplicateOffers.get();
    }

    private void loop() {
        while (running) {
            Runnable message;
            while ((message = inbox.poll()) != null) {
                message.run();
            }
            long now = System.nanoTime();
            if (arriving && nextArrivalNanos <= now) {
                placeCall();
                nextArrivalNanos += interArrivalNanos();
                continue;
            }
            Timed due = agenda.peek();
            if (due != null && due.atNanos <= now) {
                agenda.poll().action.run();
                continue;
            }
            long wake = now + 50_000_000L;
            if (arriving) {
                wake = Math.min(wake, nextArrivalNanos);
            }
            if (due != null) {
                wake = Math.min(wake, due.atNanos);
            }
            if (inbox.isEmpty()) {
                LockSupport.parkNanos(wake - now);
            }
        }
    }

    private void placeCall() {
        String callId = callPrefix + "-" + (++callNumber);
        Caller caller = mix.draw(callId, random);
        Emotion temperament = Emotion.temperament(random);
        long producedNanos = System.nanoTime();
        CallEntry timed = new CallEntry(caller, producedNanos, temperament);
        liveCalls.put(callId, timed);
        live.incrementAndGet();
        ledger.arrived(callId, stepIndex, producedNanos, caller.channel(),
                caller.poolId() + "/" + caller.productCode() + "/" + caller.language() + "/" + caller.channel());
        Instant now = Instant.now();
        send(wire.callArrived(caller, now));
        // Analytics reads the caller in the IVR, so the first estimate follows the arrival at once.
        send(wire.emotionEstimated(caller.poolId(), callId, timed.temperament, now));
        schedule(traffic.emotionEvery(), () -> nextEmotion(timed));
    }

    private void nextEmotion(CallEntry call) {
        if (liveCalls.get(call.caller.callId()) != call) {
            return;
        }
        double waited = (System.nanoTime() - call.arrivedNanos) / 1e9;
        send(wire.emotionEstimated(call.caller.poolId(), call.caller.callId(), call.temperament.after(waited, random),
                Instant.now()));
        schedule(traffic.emotionEvery(), () -> nextEmotion(call));
    }

    private void onOffer(OfferSeen offer, CallLedger.Verdict verdict) {
        if (verdict == CallLedger.Verdict.DUPLICATE || verdict == CallLedger.Verdict.UNKNOWN_CALL) {
            // The call already has an agent or is not ours: an ACD would not ring anyone for it.
            duplicateOffers.incrementAndGet();
            return;
        }
        AgentSeat seat = seats.get(offer.agentId());
        CallEntry call = liveCalls.get(offer.callId());
        if (seat == null || call == null || !seat.canTake(call.caller.channel())) {
            if (seat != null && call != null && seat.withdrewWithin(offer.consumedNanos(), CROSSING)) {
                crossedOffers.incrementAndGet();
                ledger.crossed(offer.callId());
            } else {
                agentConflicts.incrementAndGet();
                ledger.conflict(offer.callId());
            }
            ledger.released(offer.callId(), offer.decisionId());
            send(wire.offerAnswered("offer.rejected", offer, "agent not available", Instant.now()));
            return;
        }
        seat.ringing.put(offer.decisionId(), call.caller.channel());
        ringing.incrementAndGet();
        tell(seat, null);
        double draw = random.nextDouble();
        if (draw < traffic.timeoutShare()) {
            schedule(traffic.ringTimeout(), () -> ringOut(seat, offer));
        } else if (draw < traffic.timeoutShare() + traffic.rejectShare()) {
            schedule(exponential(traffic.acceptDelay()), () -> decline(seat, offer));
        } else {
            schedule(exponential(traffic.acceptDelay()), () -> answer(seat, call, offer));
        }
    }

    private void answer(AgentSeat seat, CallEntry call, OfferSeen offer) {
        if (!holds(seat, offer)) {
            return;
        }
        unring(seat, offer.decisionId());
        seat.talking = seat.talking.plus(call.caller.channel());
        call.agentId = seat.agent.id();
        ledger.served(offer.callId());
        Instant now = Instant.now();
        Duration talk = exponential(traffic.handleTime());
        send(wire.offerAnswered("offer.accepted", offer, null, now));
        tell(seat, now.plus(talk));
        schedule(talk, () -> hangUp(seat, call));
    }

    private void hangUp(AgentSeat seat, CallEntry call) {
        Instant now = Instant.now();
        Duration wrap = exponential(traffic.wrapUp());
        Channel channel = call.caller.channel();
        seat.talking = AgentSeat.less(seat.talking, channel);
        seat.wrapping = seat.wrapping.plus(channel);
        // An agent the router has AVAILABLE (a slot free on another channel) is held back before call.ended
        // frees this slot there, or the router would offer the slot its wrap-up still holds.
        boolean wrapFirst = "AVAILABLE".equals(seat.told);
        if (wrapFirst) {
            tell(seat, now.plus(wrap));
        }
        double outcome = random.nextDouble();
        String result = outcome < 0.85 ? "RESOLVED" : outcome < 0.93 ? "TRANSFERRED" : outcome < 0.97 ? "CALLBACK" : "COMPLAINT";
        Integer csat = random.nextDouble() < 0.3 ? 1 + random.nextInt(5) : null;
        send(wire.callEnded(call.caller.poolId(), call.caller.callId(), seat.agent.id(), result, csat, now));
        liveCalls.remove(call.caller.callId());
        live.decrementAndGet();
        ledger.ended(call.caller.callId());
        if (!wrapFirst) {
            tell(seat, now.plus(wrap));
        }
        schedule(wrap, () -> {
            seat.wrapping = AgentSeat.less(seat.wrapping, channel);
            tell(seat, null);
        });
    }

    private void decline(AgentSeat seat, OfferSeen offer) {
        if (!holds(seat, offer)) {
            return;
        }
        // Released before the record goes out, so a quick re-offer is never mistaken for a duplicate.
        ledger.released(offer.callId(), offer.decisionId());
        unring(seat, offer.decisionId());
        send(wire.offerAnswered("offer.rejected", offer, "agent declined", Instant.now()));
        tell(seat, null);
    }

    private void ringOut(AgentSeat seat, OfferSeen offer) {
        if (!holds(seat, offer)) {
            return;
        }
        ledger.released(offer.callId(), offer.decisionId());
        unring(seat, offer.decisionId());
        Instant now = Instant.now();
        send(wire.offerAnswered("offer.timed-out", offer, null, now));
        seat.away = true;
        tell(seat, null);
        schedule(traffic.awayAfterRona(), () -> {
            seat.away = false;
            tell(seat, null);
        });
    }

    private void onRescind(String decisionId, String callId, String agentId) {
        AgentSeat seat = seats.get(agentId);
        ledger.released(callId, decisionId);
        if (seat != null && seat.rings(decisionId)) {
            unring(seat, decisionId);
            tell(seat, null);
        }
    }

    private void unring(AgentSeat seat, String decisionId) {
        if (seat.ringing.remove(decisionId) != null) {
            ringing.decrementAndGet();
        }
    }

    /** Tells the router the seat's state when it changed; RESERVED the router sets itself and is not sent. */
    private void tell(AgentSeat seat, Instant expectedFreeAt) {
        String state = seat.state();
        if (state.equals(seat.told)) {
            return;
        }
        seat.told = state;
        if (state.equals("WRAP_UP") || state.equals("AWAY")) {
            seat.withdraw(System.nanoTime());
        }
        if (!state.equals("RESERVED")) {
            boolean freesUp = state.equals("BUSY") || state.equals("WRAP_UP");
            send(wire.agentStateChanged(seat.agent.poolId(), seat.agent.id(), state, freesUp ? expectedFreeAt : null,
                    Instant.now()));
        }
    }

    private static boolean holds(AgentSeat seat, OfferSeen offer) {
        return seat.rings(offer.decisionId());
    }

    private void send(ProducerRecord<String, byte[]> record) {
        sent.incrementAndGet();
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                sendFailures.incrementAndGet();
                lastSendFailure = failure.toString();
            }
        });
    }

    private void schedule(Duration after, Runnable action) {
        agenda.add(new Timed(System.nanoTime() + after.toNanos(), sequence++, action));
    }

    private void post(Runnable message) {
        inbox.add(message);
        LockSupport.unpark(thread);
    }

    private long interArrivalNanos() {
        return Math.max(1L, Math.round(-Math.log(1 - random.nextDouble()) / traffic.callsPerSecond() * 1e9));
    }

    private Duration exponential(Duration mean) {
        return Duration.ofNanos(Math.round(-Math.log(1 - random.nextDouble()) * mean.toNanos()));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        LockSupport.unpark(thread);
        thread.join(5_000);
        producer.close(Duration.ofSeconds(5));
    }
}
