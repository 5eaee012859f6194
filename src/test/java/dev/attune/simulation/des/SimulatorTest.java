package dev.attune.simulation.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void firesEventsInTimeOrderAndSameInstantEventsInSchedulingOrder() {
        Simulator simulator = new Simulator();
        List<String> fired = new ArrayList<>();
        simulator.schedule(5, () -> fired.add("c@5"));
        simulator.schedule(1, () -> fired.add("a@1"));
        simulator.schedule(5, () -> fired.add("d@5"));
        simulator.schedule(3, () -> {
            fired.add("b@3");
            simulator.schedule(2, () -> fired.add("e@5"));
        });
        simulator.run();
        assertEquals(List.of("a@1", "b@3", "c@5", "d@5", "e@5"), fired);
        assertEquals(5, simulator.now());
    }

    @Test
    void cancelledEventsNeverFire() {
        Simulator simulator = new Simulator();
        List<String> fired = new ArrayList<>();
        SimEvent patience = simulator.schedule(10, () -> fired.add("abandon"));
        simulator.schedule(4, patience::cancel);
        simulator.run();
        assertEquals(List.of(), fired);
    }

    @Test
    void runStopsAtTheHorizonAndLeavesLaterEventsPending() {
        Simulator simulator = new Simulator();
        simulator.schedule(10, () -> { });
        simulator.run(6);
        assertEquals(6, simulator.now());
        assertEquals(1, simulator.pendingEvents());
    }

    @Test
    void refusesToScheduleInThePast() {
        Simulator simulator = new Simulator();
        simulator.schedule(5, () -> { });
        simulator.run();
        assertThrows(IllegalArgumentException.class, () -> simulator.scheduleAt(new SimEvent() {
            @Override
            protected void fire() {
            }
        }, 2));
    }

    @Test
    void manyRandomEventsComeOutSorted() {
        Simulator simulator = new Simulator();
        java.util.Random random = new java.util.Random(7);
        double[] last = {-1};
        int[] count = {0};
        for (int i = 0; i < 10_000; i++) {
            simulator.schedule(random.nextDouble() * 100, () -> {
                if (simulator.now() < last[0]) {
                    throw new AssertionError("time went backwards");
                }
                last[0] = simulator.now();
                count[0]++;
            });
        }
        simulator.run();
        assertEquals(10_000, count[0]);
    }

    @Test
    void simulatedClockReadsSimulatedTimeInTheModelsUnit() {
        Simulator simulator = new Simulator();
        Instant monday = Instant.parse("1999-01-04T00:00:00Z");
        SimulatedClock minutes = new SimulatedClock(simulator, monday, 60);
        Instant[] seen = new Instant[1];
        simulator.schedule(90.5, () -> seen[0] = minutes.instant());
        simulator.run();
        assertEquals(Instant.parse("1999-01-04T01:30:30Z"), seen[0]);
        assertEquals(90.5, minutes.timeOf(seen[0]), 1e-9);
    }
}
