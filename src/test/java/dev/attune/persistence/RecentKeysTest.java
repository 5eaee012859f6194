package dev.attune.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal's memory of what it committed lately: the newest keys, up to its capacity. */
class RecentKeysTest {

    @Test
    void theOldestKeysAreForgottenFirst() {
        RecentKeys keys = new RecentKeys(3);
        keys.addAll(List.of("a", "b", "c"));
        keys.addAll(List.of("b", "d")); // b again does not take a second place

        assertFalse(keys.contains("a"));
        assertTrue(keys.contains("b") && keys.contains("c") && keys.contains("d"));
    }

    @Test
    void nullKeysAndAZeroCapacityRememberNothing() {
        RecentKeys none = new RecentKeys(0);
        none.addAll(List.of("a"));
        RecentKeys some = new RecentKeys(2);
        some.addAll(Arrays.asList(null, "a"));

        assertFalse(none.contains("a"));
        assertFalse(some.contains(null));
        assertTrue(some.contains("a"));
        assertThrows(IllegalArgumentException.class, () -> new RecentKeys(-1));
    }
}
