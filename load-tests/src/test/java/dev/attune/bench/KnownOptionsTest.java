package dev.attune.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownOptionsTest {
    private static Optional<String> check(String... args) {
        return KnownOptions.problem(args, Set.of("--quick"), Set.of("--agents"));
    }

    @Test
    void knownOptionsPass() {
        assertEquals(Optional.empty(), check("--quick", "--agents", "2000,10000"));
    }

    @Test
    void anUnknownOptionOrAMissingValueIsNamed() {
        assertEquals(Optional.of("unknown option --fast"), check("--quick", "--fast"));
        assertEquals(Optional.of("unknown option 2000"), check("2000"));
        assertEquals(Optional.of("--agents needs a value"), check("--agents"));
    }
}
