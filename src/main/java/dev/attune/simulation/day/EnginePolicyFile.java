package dev.attune.simulation.day;

import dev.attune.core.engine.RoutingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The engine policy values the service reads from application.properties ({@code attune.engine.max-hold},
 * {@code attune.engine.reserve.look-back}, {@code attune.engine.reserve.horizon}), read by the simulator from the
 * same file on the class path, so a replay routes with the hold limit and reserve the service ships. A key left
 * out keeps {@link RoutingPolicy#defaults()}; profile-specific keys ({@code %test.}) are not read.
 */
public final class EnginePolicyFile {
    static final String RESOURCE = "/application.properties";

    private EnginePolicyFile() {
    }

    /** The service's policy values over the defaults. */
    public static RoutingPolicy shipped() {
        try (InputStream in = EnginePolicyFile.class.getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return from(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("application.properties: " + e.getMessage(), e);
        }
    }

    static RoutingPolicy from(Properties properties) {
        RoutingPolicy defaults = RoutingPolicy.defaults();
        return defaults.toBuilder()
                .maxHold(duration(properties, "attune.engine.max-hold", defaults.maxHold()))
                .reserveLookBack(duration(properties, "attune.engine.reserve.look-back", defaults.reserveLookBack()))
                .reserveHorizon(duration(properties, "attune.engine.reserve.horizon", defaults.reserveHorizon()))
                .build();
    }

    private static Duration duration(Properties properties, String key, Duration fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("application.properties: " + key + " must be an ISO-8601 duration"
                    + " (PT10S), was '" + value + "'", e);
        }
    }
}
