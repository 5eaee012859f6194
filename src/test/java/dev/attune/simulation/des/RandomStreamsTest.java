package dev.attune.simulation.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void sameSeedAndNamesGiveTheSameNumbers() {
        RandomStreams first = RandomStreams.of(42, List.of("arrivals", "service"));
        RandomStreams second = RandomStreams.of(42, List.of("arrivals", "service"));
        for (int i = 0; i < 100; i++) {
            assertEquals(first.stream("service").nextDouble(), second.stream("service").nextDouble());
        }
    }

    @Test
    void everyProcessHasItsOwnStream() {
        RandomStreams streams = RandomStreams.of(42, List.of("arrivals", "service"));
        assertNotEquals(streams.stream("arrivals").nextDouble(), streams.stream("service").nextDouble());
    }

    @Test
    void replicationRestartsEveryStreamAtTheSameSubstreamForEveryPolicy() {
        RandomStreams streams = RandomStreams.of(7, List.of("patience"));
        streams.startReplication(3);
        double policyA = streams.stream("patience").nextDouble();
        streams.stream("patience").nextDouble();
        streams.startReplication(3);
        double policyB = streams.stream("patience").nextDouble();
        assertEquals(policyA, policyB);
        streams.startReplication(4);
        assertNotEquals(policyA, streams.stream("patience").nextDouble());
    }

    @Test
    void deltaMethodIntervalOfARatioOfMeans() {
        RatioSample ratio = new RatioSample();
        Sample plain = new Sample();
        RandomStreams streams = RandomStreams.of(1, List.of("x"));
        for (int r = 0; r < 2000; r++) {
            double served = 90 + 10 * streams.stream("x").nextDouble();
            ratio.add(served, 100);
            plain.add(served / 100);
        }
        // with a constant denominator the ratio of means is the mean of ratios
        assertEquals(plain.mean(), ratio.ratio(), 1e-12);
        assertEquals(plain.estimate(0.95).halfWidth(), ratio.estimate(0.95).halfWidth(), 1e-4);
        assertEquals(0.95, ratio.ratio(), 0.005);
    }
}
