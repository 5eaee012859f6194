package dev.attune.kafka.transcript;

import dev.attune.core.domain.Product;
import dev.attune.kafka.KafkaSettings;
import dev.attune.service.port.RoutingSetupFiles;
import dev.attune.text.CallDirectory.CallAttributes;
import dev.attune.text.CallDirectory;
import dev.attune.text.IntentProducts;
import dev.attune.text.TextEstimator;
import dev.attune.text.TextRead;
import dev.attune.text.TextReading;
import dev.attune.text.Utterance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads caller utterances into the ordinary events: an emotion.estimated for each (unless the pool has a
 * real feed, which takes precedence), and a call.updated when the words name a product and the call's
 * product is still generic. The text goes no further than this class: only numbers and codes leave it.
 */
@ApplicationScoped
public class TranscriptReader {
    private final TextEstimator estimator;
    private final IntentProducts intents;
    private final CallDirectory calls;
    private final TextSettings settings;
    private final TextEvents events;
    private final String emotionsTopic;
    private final String callsTopic;
    private final Timer timer;
    private final MeterRegistry registry;
    /** Looked up once: finding a meter by name and tags for every utterance cost more than counting. */
    private final Map<TextRead.Skipped, Counter> outcomes = new EnumMap<>(TextRead.Skipped.class);
    private final Map<String, Counter> products = new ConcurrentHashMap<>();

    @Inject
    public TranscriptReader(TextSettings settings, KafkaSettings kafka, MeterRegistry registry,
            RoutingSetupFiles shipped) {
        this.estimator = TextEstimator.shipped();
        Set<String> catalogue = shipped.catalogue().products().stream().map(Product::code)
                .collect(Collectors.toSet());
        this.intents = IntentProducts.read(Path.of(settings.intentProducts()), catalogue, estimator.model().intents());
        this.calls = new CallDirectory(settings.maxCalls());
        this.settings = settings;
        this.events = new TextEvents(settings.source());
        this.emotionsTopic = kafka.topics().emotions();
        this.callsTopic = kafka.topics().calls();
        this.registry = registry;
        this.timer = Timer.builder("attune.text.estimate").description("Time to read one caller utterance")
                .publishPercentiles(0.5, 0.99).register(registry);
        for (TextRead.Skipped outcome : TextRead.Skipped.values()) {
            outcomes.put(outcome, registry.counter("attune.text.utterances", "outcome", outcome.name()));
        }
    }

    public CallDirectory calls() {
        return calls;
    }

    public TextSettings settings() {
        return settings;
    }

    public TextRead read(Utterance utterance) {
        if (utterance.speaker() != Utterance.Speaker.CALLER) {
            return count(TextRead.skipped(TextRead.Skipped.NOT_THE_CALLER));
        }
        if (!settings.reads(utterance.language())) {
            return count(TextRead.skipped(TextRead.Skipped.LANGUAGE));
        }
        long start = System.nanoTime();
        TextReading reading = estimator.read(utterance.text());
        timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        List<TextRead.Outgoing> out = new ArrayList<>(2);
        if (!settings.feedOwns(utterance.poolId())) {
            out.add(new TextRead.Outgoing(emotionsTopic, utterance.poolId(), events.emotion(utterance, reading)));
        }
        String product = null;
        Optional<String> named = intents.productOf(reading.intent(), reading.intentProbability());
        if (named.isPresent()) {
            Optional<CallAttributes> moved = calls.specialise(utterance.poolId(), utterance.callId(), named.get(), intents);
            if (moved.isPresent()) {
                product = named.get();
                out.add(new TextRead.Outgoing(callsTopic, utterance.poolId(), events.product(utterance, moved.get())));
            }
        }
        return count(new TextRead(reading, product, List.copyOf(out), TextRead.Skipped.NOT_SKIPPED));
    }

    private TextRead count(TextRead read) {
        outcomes.get(read.skipped()).increment();
        if (read.product() != null) {
            products.computeIfAbsent(read.product(), p -> registry.counter("attune.text.products", "product", p))
                    .increment();
        }
        return read;
    }
}
