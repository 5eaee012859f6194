package dev.attune.load;

import dev.attune.core.domain.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * What happened to every call the generator placed: when its arrival record was produced, which offer
 * it holds, whether it was served. From it come the latency (arrival record produced to first offer
 * record consumed) and the two numbers that must be zero: calls never offered (lost) and offers for a
 * call that already had one (duplicated). Written by the player thread and the decision consumer.
 */
public final class CallLedger {
    private final Map<String, Entry> calls = new ConcurrentHashMap<>();
    private final Map<Integer, Step> steps = new ConcurrentHashMap<>();
    private final boolean forgetEnded;

    /** @param forgetEnded drop calls once they end (endless demo traffic); a load run keeps them to spot late duplicates */
    public CallLedger(boolean forgetEnded) {
        this.forgetEnded = forgetEnded;
    }

    public enum Verdict { FIRST, REOFFER, DUPLICATE, UNKNOWN_CALL }

    private enum Phase { WAITING, OFFERED, SERVED, ENDED }

    private static final class Entry {
        final Step step;
        final ChannelTally tally;
        final long producedNanos;
        final String kind;
        Phase phase = Phase.WAITING;
        volatile long firstOfferMicros = -1;
        String decisionId;
        boolean everOffered;

        Entry(Step step, Channel channel, long producedNanos, String kind) {
            this.step = step;
            this.kind = kind;
            this.tally = step.byChannel.get(channel);
            this.producedNanos = producedNanos;
        }
    }

    /** One channel's calls in a step: placed, first offers, still waiting (lost after the drain), duplicated, refused. */
    public static final class ChannelTally {
        final AtomicLong arrived = new AtomicLong();
        final AtomicLong offered = new AtomicLong();
        final AtomicLong waiting = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong crossed = new AtomicLong();

        public long arrived() {
            return arrived.get();
        }

        public long offered() {
            return offered.get();
        }

        public long lost() {
            return waiting.get();
        }

        public long duplicated() {
            return duplicates.get();
        }

        /** Offers the ACD refused because the agent had no free slot of the call's channel. */
        public long conflicts() {
            return conflicts.get();
        }

        /** Offers the ACD refused because they crossed its word that the agent's slots were taken. */
        public long crossed() {
            return crossed.get();
        }
    }

    /** The tallies of one rate step. */
    public static final class Step {
        final Map<Channel, ChannelTally> byChannel = new EnumMap<>(Channel.class);
        /** Microseconds, 1 us to 10 minutes, 3 significant digits. */
        final Histogram latency = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(10), 3);
        final AtomicLong arrived = new AtomicLong();
        final AtomicLong offered = new AtomicLong();
        final AtomicLong reoffers = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong waiting = new AtomicLong();
        final AtomicLong served = new AtomicLong();
        volatile long firstArrivalNanos;
        volatile long lastFirstOfferNanos;
        /** Latency of the calls that arrived in each {@link #SLICE_SECONDS} slice of the step, by slice. */
        final Map<Integer, Histogram> bySlice = new ConcurrentHashMap<>();
        /** First offers seen in each slice of the step (by when they were consumed), by slice. */
        final Map<Integer, AtomicLong> offersBySlice = new ConcurrentHashMap<>();
        final Map<Integer, AtomicLong> arrivalsBySlice = new ConcurrentHashMap<>();

        Step() {
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, new ChannelTally());
            }
        }

        /** This step's calls of one channel. */
        public ChannelTally channel(Channel channel) {
            return byChannel.get(channel);
        }

        public Histogram latency() {
            return latency;
        }

        public long arrived() {
            return arrived.get();
        }

        public long offered() {
            return offered.get();
        }

        public long reoffers() {
            return reoffers.get();
        }

        public long duplicates() {
            return duplicates.get();
        }

        /** Calls with no live offer and not served: after the drain, these are lost. */
        public long waiting() {
            return waiting.get();
        }

        public long served() {
            return served.get();
        }

        /**
         * The step slice by slice: calls placed and first offers seen per second in each slice, and the p50 / p99
         * of the calls placed in it (how the first minute after a start goes, second by second).
         */
        public List<Slice> timeline() {
            List<Slice> slices = new ArrayList<>();
            int last = arrivalsBySlice.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            for (int i = 0; i <= last; i++) {
                Histogram h = bySlice.get(i);
                long arrivals = arrivalsBySlice.getOrDefault(i, new AtomicLong()).get();
                long offers = offersBySlice.getOrDefault(i, new AtomicLong()).get();
                slices.add(new Slice(i * SLICE_SECONDS, arrivals / (double) SLICE_SECONDS,
                        offers / (double) SLICE_SECONDS, h == null ? -1 : h.getValueAtPercentile(50) / 1000.0,
                        h == null ? -1 : h.getValueAtPercentile(99) / 1000.0, h == null ? 0 : h.getTotalCount()));
            }
            return slices;
        }

        int slice(long nanos) {
            return (int) Math.max(0, (nanos - firstArrivalNanos) / 1_000_000_000L / SLICE_SECONDS);
        }

        /** From the first arrival record to the last first offer, in seconds. */
        public double activeSeconds() {
            long span = lastFirstOfferNanos - firstArrivalNanos;
            return span > 0 ? span / 1e9 : 0;
        }
    }

    /** The width of one slice of a step's {@link Step#timeline}. */
    public static final int SLICE_SECONDS = 5;

    /** One slice of a step: from {@code fromSecond}, placed and offered per second; p50 / p99 of calls placed in it. */
    public record Slice(int fromSecond, double placedPerSecond, double offeredPerSecond, double p50Ms, double p99Ms,
            long offeredCalls) {
    }

    private final AtomicLong unknownOffers = new AtomicLong();

    public Step step(int index) {
        return steps.computeIfAbsent(index, i -> new Step());
    }

    public void arrived(String callId, int stepIndex, long producedNanos) {
        arrived(callId, stepIndex, producedNanos, Channel.VOICE);
    }

    public void arrived(String callId, int stepIndex, long producedNanos, Channel channel) {
        arrived(callId, stepIndex, producedNanos, channel, channel.name());
    }

    /** @param kind what the call is (pool, product, language, channel), for the report of calls never offered */
    public void arrived(String callId, int stepIndex, long producedNanos, Channel channel, String kind) {
        Step step = step(stepIndex);
        if (step.arrived.getAndIncrement() == 0) {
            step.firstArrivalNanos = producedNanos;
        }
        step.waiting.incrementAndGet();
        step.arrivalsBySlice.computeIfAbsent(step.slice(producedNanos), k -> new AtomicLong()).incrementAndGet();
        Entry entry = new Entry(step, channel, producedNanos, kind);
        entry.tally.arrived.incrementAndGet();
        entry.tally.waiting.incrementAndGet();
        calls.put(callId, entry);
    }

    /** The ACD refused an offer for this call: the agent had no free slot of its channel. */
    public void conflict(String callId) {
        Entry entry = calls.get(callId);
        if (entry != null) {
            entry.tally.conflicts.incrementAndGet();
        }
    }

    /** The ACD refused an offer for this call that crossed its state change for the agent on the wire. */
    public void crossed(String callId) {
        Entry entry = calls.get(callId);
        if (entry != null) {
            entry.tally.crossed.incrementAndGet();
        }
    }

    public Verdict offered(OfferSeen offer) {
        Entry entry = calls.get(offer.callId());
        if (entry == null) {
            unknownOffers.incrementAndGet();
            return Verdict.UNKNOWN_CALL;
        }
        synchronized (entry) {
            Step step = entry.step;
            if (entry.phase != Phase.WAITING) {
                step.duplicates.incrementAndGet();
                entry.tally.duplicates.incrementAndGet();
                return Verdict.DUPLICATE;
            }
            entry.phase = Phase.OFFERED;
            entry.decisionId = offer.decisionId();
            step.waiting.decrementAndGet();
            entry.tally.waiting.decrementAndGet();
            if (entry.everOffered) {
                step.reoffers.incrementAndGet();
                return Verdict.REOFFER;
            }
            entry.everOffered = true;
            entry.firstOfferMicros = Math.max(0, (offer.consumedNanos() - entry.producedNanos) / 1_000);
            step.latency.recordValue(entry.firstOfferMicros);
            step.bySlice.computeIfAbsent(step.slice(entry.producedNanos),
                    k -> new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(10), 2)).recordValue(entry.firstOfferMicros);
            step.offersBySlice.computeIfAbsent(step.slice(offer.consumedNanos()), k -> new AtomicLong())
                    .incrementAndGet();
            step.offered.incrementAndGet();
            entry.tally.offered.incrementAndGet();
            step.lastFirstOfferNanos = offer.consumedNanos();
            return Verdict.FIRST;
        }
    }

    /** The offer was declined, rang out or was rescinded: the call waits for another offer. */
    public void released(String callId, String decisionId) {
        Entry entry = calls.get(callId);
        if (entry == null) {
            return;
        }
        synchronized (entry) {
            if (entry.phase == Phase.OFFERED && decisionId.equals(entry.decisionId)) {
                entry.phase = Phase.WAITING;
                entry.decisionId = null;
                entry.step.waiting.incrementAndGet();
                entry.tally.waiting.incrementAndGet();
            }
        }
    }

    public void served(String callId) {
        Entry entry = calls.get(callId);
        if (entry != null) {
            synchronized (entry) {
                entry.phase = Phase.SERVED;
                entry.step.served.incrementAndGet();
            }
        }
    }

    public void ended(String callId) {
        if (forgetEnded) {
            calls.remove(callId);
            return;
        }
        Entry entry = calls.get(callId);
        if (entry != null) {
            synchronized (entry) {
                entry.phase = Phase.ENDED;
            }
        }
    }

    /** The calls of a step that never had an offer, or whose first offer took longer than {@code overMillis}. */
    public List<String> slowOrNeverOffered(int stepIndex, long overMillis) {
        Step step = step(stepIndex);
        List<String> found = new ArrayList<>();
        calls.forEach((id, entry) -> {
            if (entry.step == step && (entry.firstOfferMicros < 0 || entry.firstOfferMicros > overMillis * 1000)) {
                found.add(id + " " + entry.kind + (entry.firstOfferMicros < 0 ? " never offered"
                        : " first offer after " + entry.firstOfferMicros / 1000 + " ms"));
            }
        });
        return found;
    }

    /** Offers for calls this generator never placed (another producer on the same topics, or a corrupt id). */
    public long unknownOffers() {
        return unknownOffers.get();
    }
}
