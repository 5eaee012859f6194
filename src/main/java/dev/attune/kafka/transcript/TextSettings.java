package dev.attune.kafka.transcript;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The text estimator's configuration (attune.text.* in application.properties; docs/text-estimator.md). */
@ConfigMapping(prefix = "attune.text")
public interface TextSettings {

    /** The transcript topic (keyed by pool, partitioned like acd.calls). */
    @WithDefault("acd.transcripts")
    String topic();

    /** CloudEvents source of the events the estimator publishes. */
    @WithDefault("urn:attune:text")
    URI source();

    /**
     * Pools that have a real emotion feed on analytics.emotions: there the feed takes precedence and the
     * estimator publishes intents only, never emotion.estimated.
     */
    Optional<List<String>> feedPools();

    /** Languages the shipped model reads; utterances in others are counted and skipped. */
    @WithDefault("en")
    List<String> languages();

    /** The intent-to-product mapping a workforce manager edits. */
    @WithDefault("config/text/intent-products.json")
    String intentProducts();

    /** At most this many live calls are remembered for the intent step; the oldest are forgotten first. */
    @WithDefault("100000")
    int maxCalls();

    default boolean feedOwns(String poolId) {
        return feedPools().map(pools -> pools.contains(poolId)).orElse(false);
    }

    default boolean reads(String language) {
        String base = language.length() > 2 ? language.substring(0, 2) : language;
        return languages().contains(base);
    }
}
