package dev.attune.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decodes a batch of records on several threads and hands the results back in the batch's order, so each
 * partition's records stay in their order. Decoding is most of a history read's cost and every record
 * decodes alone (the decoder is stateless), so a rebuild uses every core the machine gives it. Short-lived:
 * one per history read, closed with it.
 */
final class OrderedDecoding implements AutoCloseable {
    /** Below this many records a batch is decoded on the calling thread: handing it over costs more. */
    private static final int MIN_SHARE = 256;

    private final InboundDecoder decoder;
    private final int threads;
    private final ExecutorService helpers;

    OrderedDecoding(InboundDecoder decoder, int threads) {
        this.decoder = decoder;
        this.threads = Math.max(1, threads);
        this.helpers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "attune-history-decode");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The decoded records, at the same index as in {@code records}. */
    Decoded[] decode(List<InboundRecord> records) throws InterruptedException {
        Decoded[] decoded = new Decoded[records.size()];
        int shares = helpers == null ? 1 : Math.min(threads, Math.max(1, records.size() / MIN_SHARE));
        int size = (records.size() + shares - 1) / Math.max(1, shares);
        List<Future<?>> helped = new ArrayList<>();
        for (int share = 1; share < shares; share++) {
            int from = share * size;
            int to = Math.min(records.size(), from + size);
            helped.add(helpers.submit(() -> decodeRange(records, decoded, from, to)));
        }
        // The calling thread decodes the first share itself rather than wait idle.
        decodeRange(records, decoded, 0, Math.min(records.size(), size));
        for (Future<?> future : helped) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("decoding history failed", e.getCause());
            }
        }
        return decoded;
    }

    private void decodeRange(List<InboundRecord> records, Decoded[] decoded, int from, int to) {
        for (int i = from; i < to; i++) {
            decoded[i] = decoder.decode(records.get(i));
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
