package dev.attune.text.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.text.Platt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LIBLINEAR bridge: a Platt fit recovers the parameters that generated the outcomes. */
class LiblinearTest {
    @Test
    void plattRecoversAKnownSigmoid() {
        Random random = new Random(7);
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] outcomes = new boolean[n];
        Platt truth = new Platt(2.0, -1.0);
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextGaussian() * 2;
            outcomes[i] = random.nextDouble() < truth.probability(scores[i]);
        }
        Platt fitted = Liblinear.platt(scores, outcomes);
        assertEquals(2.0, fitted.slope(), 0.15, fitted.toString());
        assertEquals(-1.0, fitted.intercept(), 0.15, fitted.toString());
    }
}
