package dev.attune.core.engine;

import static dev.attune.core.engine.Fixtures.T0;
import static dev.attune.core.engine.Fixtures.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.core.domain.Agent;
import dev.attune.core.domain.AgentState;
import dev.attune.core.domain.Call;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.RoutingWeights;
import dev.attune.core.scoring.AgentFacts;
import dev.attune.core.scoring.CallFacts;
import dev.attune.core.scoring.MatchTerms;
import dev.attune.core.scoring.SkillPressure;
import dev.attune.core.solver.PlanningPolicy;
import dev.attune.core.solver.WaitingCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BestCandidatesTest {

    @RepeatedTest(20)
    void keepsTheSameBestFewWhateverOrderTheCandidatesComeIn() {
        List<Decision.Candidate> all = new ArrayList<>();
        Random random = new Random();
        for (int i = 0; i < 200; i++) {
            Agent agent = agent("a" + i, T0.minusSeconds(random.nextInt(300)));
            all.add(new Decision.Candidate(agent, planned(agent), -random.nextInt(50)));
        }
        Collections.shuffle(all, random);
        BestCandidates best = new BestCandidates(4);
        all.forEach(c -> best.offer(c.agent(), c.agentFacts(), c.score()));

        List<Decision.Candidate> expected = new ArrayList<>(all);
        expected.sort(BestCandidates.BEST_FIRST);
        assertEquals(expected.subList(0, 4), best.best());
    }

    @Test
    void onEqualScoresTheAgentIdleLongerComesFirst() {
        Agent fresh = agent("fresh", T0.minusSeconds(5));
        Agent idle = agent("idle", T0.minusSeconds(600));
        BestCandidates best = new BestCandidates(1);
        best.offer(fresh, planned(fresh), -10);
        best.offer(idle, planned(idle), -10);

        assertEquals(List.of("idle"), best.best().stream().map(c -> c.agent().id()).toList());
    }

    private static Agent agent(String id, java.time.Instant availableSince) {
        return Agent.loggedOut(Fixtures.agent(id, Map.of("CARDS", 3), 0.5), availableSince)
                .withState(AgentState.AVAILABLE, availableSince);
    }

    private static AgentFacts planned(Agent agent) {
        return AgentFacts.at(agent, T0, PlanningPolicy.defaults().emotionalLoadHalfLife(), SkillPressure.none());
    }

    @Test
    void anAgentWhoseProfileCannotBeatTheKeptFewIsRuledOutButNeverTheCustomersLastAgent() {
        Call call = new Call("c1", "pool", "cust-1", Fixtures.CARDS.code(), "en", 0, false, 0, null, "last", T0, 1,
                Set.of(), null);
        CallFacts waiting = WaitingCall.of(call, Fixtures.CARDS, T0, CareModel.defaults(), PlanningPolicy.defaults(),
                List.of()).facts();
        RoutingWeights weights = Fixtures.shippedWeights();
        Agent expert = agentWith("expert", 5);
        Agent novice = agentWith("novice", 1);
        Agent last = agentWith("last", 1);
        BestCandidates best = new BestCandidates(1);
        assertFalse(best.rulesOut(waiting, novice, weights), "nothing kept yet: everyone may enter");
        best.offer(expert, planned(expert), MatchTerms.softScore(waiting, planned(expert), weights));

        assertTrue(best.rulesOut(waiting, novice, weights));
        assertTrue(MatchTerms.softScore(waiting, planned(novice), weights) < best.best().get(0).score(),
                "what was ruled out would not have entered");
        assertFalse(best.rulesOut(waiting, last, weights), "the customer's last agent may earn the continuity reward");
    }

    private static Agent agentWith(String id, int cardsProficiency) {
        return Agent.loggedOut(Fixtures.agent(id, Map.of("CARDS", cardsProficiency), 0.5), T0.minusSeconds(60))
                .withState(AgentState.AVAILABLE, T0.minusSeconds(60));
    }
}
