package dev.attune.simulation.multiskill;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.simulation.des.Estimate;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.model.DistributionSpec;
import dev.attune.simulation.queueing.ErlangA;
import dev.attune.simulation.queueing.ErlangC;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Single-skill FIFO centres against the closed forms: Erlang C without abandonment, Erlang A with
 * exponential patience. Each replication is a long stationary stretch (a warm-up is not counted, and a
 * second period with no arrivals lets the last callers be served, so nobody is cut off).
 * The formula must lie inside the simulator's 99% confidence interval.
 */
class ErlangFormulasTest {
    static final double LEVEL = 0.99;
    static final double MINUTES = 3000;
    static final double WARM_UP = 100;
    static final int REPLICATIONS = 20;

    @Test
    void fifoWithoutAbandonmentMatchesErlangC() {
        ErlangC formula = new ErlangC(1.7, 1 / 5.0, 10);
        MultiSkillReport report = run(1.7, 5.0, 10, DistributionSpec.infinite(), 20);

        assertAll(
                () -> inside(report, "delayed % [Calls]", 100 * formula.probabilityOfWaiting()),
                () -> inside(report, "service level % [Calls]", 100 * formula.serviceLevel(20 / 60.0)),
                () -> inside(report, "mean queue time, all contacts [Calls]", formula.meanWait()),
                () -> inside(report, "abandoned % [Calls]", 0));
    }

    @Test
    void fifoWithExponentialPatienceMatchesErlangA() {
        ErlangA formula = new ErlangA(2.0, 1 / 5.0, 10, 1 / 3.0);
        MultiSkillReport report = run(2.0, 5.0, 10, DistributionSpec.exponential(3.0), 20);

        assertAll(
                () -> inside(report, "abandoned % [Calls]", 100 * formula.probabilityOfAbandonment()),
                () -> inside(report, "delayed % [Calls]", 100 * formula.probabilityOfWaiting()),
                () -> inside(report, "mean queue time, all contacts [Calls]", formula.meanQueueTime()));
    }

    private static void inside(MultiSkillReport report, String measure, double formula) {
        Estimate simulated = report.estimate(measure, LEVEL);
        boolean ok = formula == 0 ? simulated.mean() == 0 : simulated.contains(formula);
        assertTrue(ok, measure + ": formula " + formula + ", simulated " + simulated);
    }

    /** One type, one group of identical agents, one stationary period then a drain period without arrivals. */
    static MultiSkillReport run(double perMinute, double meanService, int agents, DistributionSpec patience,
            double acceptableWaitSeconds) {
        MultiSkillModel model = new MultiSkillModel("single skill", "test", 60,
                new MultiSkillModel.Calendar(MINUTES, 2, 1, List.of(0)), 0,
                List.of(new MultiSkillModel.ContactTypeSpec("Calls", List.of(perMinute * MINUTES, 0.0), patience,
                        DistributionSpec.exponential(meanService), acceptableWaitSeconds)),
                List.of(new MultiSkillModel.AgentGroupSpec("Agents", List.of(agents, agents), 0, Map.of())),
                new MultiSkillModel.Routing(Map.of("Calls", List.of(List.of("Agents"))),
                        Map.of("Agents", List.of(List.of("Calls"))))).validated("test");
        RandomStreams streams = RandomStreams.of(20240601L, MultiSkillSimulation.streamNames(model));
        return new MultiSkillSimulation(model, streams, WARM_UP).run(REPLICATIONS);
    }
}
