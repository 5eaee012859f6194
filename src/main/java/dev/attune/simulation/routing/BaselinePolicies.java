package dev.attune.simulation.routing;

import dev.attune.simulation.centre.Router;
import dev.attune.simulation.day.PolicyFactory;
import dev.attune.simulation.day.ReplayContext;
import java.util.List;

/** The three baselines as named policies. */
public final class BaselinePolicies {
    public static final String LONGEST_IDLE = "longest-idle";
    public static final String FIFO = "fifo";
    public static final String BULLSEYE = "bullseye";

    private BaselinePolicies() {
    }

    public static List<PolicyFactory> all(PolicySettings settings) {
        return List.of(
                policy(LONGEST_IDLE, c -> new LongestIdleRouter(settings.priorityCreditSeconds())),
                policy(FIFO, c -> new FifoRouter()),
                policy(BULLSEYE, c -> new BullseyeRouter(settings.bullseye().rings(), settings.priorityCreditSeconds())));
    }

    public static PolicyFactory policy(String name, java.util.function.Function<ReplayContext, Router> create) {
        return new PolicyFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Router create(ReplayContext context) {
                return create.apply(context);
            }
        };
    }
}
