package dev.attune.simulation.day;

import dev.attune.core.domain.AgentProfile;
import dev.attune.core.domain.CareModel;
import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Proficiency;
import dev.attune.simulation.centre.Centre;
import dev.attune.simulation.centre.CentreAgent;
import dev.attune.simulation.centre.ServiceTimeRule;
import dev.attune.simulation.des.RandomStreams;
import dev.attune.simulation.des.SimEvent;
import dev.attune.simulation.des.SimulatedClock;
import dev.attune.simulation.des.Simulator;
import dev.attune.simulation.trace.CallLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a call log through the simulated centre under a routing policy. The log gives arrivals, call
 * types, priorities, service times, patience and the agents working each half hour; the overlay gives
 * everything else. Replication r draws its callers and agent profiles from substream r, once, and every
 * policy then runs on exactly those (common random numbers). Time is in seconds from the log's first midnight.
 */
public final class LogReplay {
    /** The care-need function applied to the true emotion: no wait term, the emotion itself grows with waiting. */
    static final CareModel TRUTH = new CareModel(Duration.ofSeconds(90), CareModel.defaults().amountForFullStakes(),
            CareModel.defaults().vulnerabilityBoost(), CareModel.defaults().lifeEventStakes(), 0);

    /** The engine's hold limit, read from its defaults (what the simulated Attune runs with): the ceiling's reach. */
    static final double HOLD_LIMIT_SECONDS = EnginePolicyFile.shipped().maxHold().toMillis() / 1000.0;

    private final CallLog log;
    private final Catalogue catalogue;
    private final OverlayModel overlay;
    private final OutcomeModel outcome;
    private final CapacityModel capacity;
    private final CallerOverlay callerOverlay;
    private final RandomStreams streams;
    private final Simulator simulator = new Simulator();
    private final SimulatedClock clock;
    private final Centre centre;
    private final Map<String, Double> meanHandleSecondsByType = new HashMap<>();
    private final Map<String, double[]> creditedSlots = new HashMap<>();
    private final PatienceModel patience;
    private final OverlayModel overlayAsGiven;
    private final long seed;
    private boolean keepSegments;
    private QuantileMemo quantiles = QuantileMemo.none();
    private ChannelMix channels;
    private Map<String, AgentProfile> roster = Map.of();

    public LogReplay(CallLog log, Catalogue catalogue, OverlayModel overlay, OutcomeModel outcome, long seed) {
        this(log, PatienceModel.fromLog(log), catalogue, overlay, outcome, seed);
    }

    /** The light replay (no after-call time, every credited half hour worked). */
    public LogReplay(CallLog log, PatienceModel patience, Catalogue catalogue, OverlayModel overlay, OutcomeModel outcome,
            long seed) {
        this(log, patience, CapacityModel.LIGHT, catalogue, overlay, outcome, seed);
    }

    /**
     * @param patience patience by call type; a synthetic day gives it, a real log infers it ({@link PatienceModel#fromLog})
     * @param capacity after-call time and availability ({@link CapacityModel#LIGHT} for the light replay)
     */
    public LogReplay(CallLog log, PatienceModel patience, CapacityModel capacity, Catalogue catalogue,
            OverlayModel overlay, OutcomeModel outcome, long seed) {
        this.log = log;
        this.patience = patience;
        this.overlayAsGiven = overlay;
        this.seed = seed;
        this.capacity = capacity;
        this.catalogue = catalogue;
        this.overlay = overlay.validated(catalogue, "overlay");
        this.outcome = outcome;
        this.callerOverlay = new CallerOverlay(overlay, catalogue, patience, log);
        List<String> streamNames = new ArrayList<>(CallerOverlay.STREAMS);
        streamNames.add(ChannelMix.STREAM); // last, so the streams before it draw as they did before channels
        this.streams = RandomStreams.of(seed, streamNames);
        LocalDate first = log.days().firstKey();
        this.clock = new SimulatedClock(simulator, first.atStartOfDay().toInstant(ZoneOffset.UTC), 1);
        this.centre = new Centre(simulator, Integer.MAX_VALUE, answering(),
                (contact, agent) -> capacity.afterCallSeconds(((Caller) contact).draw().afterCallUniform()));
        Map<String, double[]> handle = new HashMap<>();
        log.days().values().forEach(day -> day.stream().filter(c -> !c.abandoned()).forEach(c -> {
            double[] t = handle.computeIfAbsent(c.type(), k -> new double[2]);
            t[0] += c.serviceTime();
            t[1]++;
        }));
        handle.forEach((type, t) -> meanHandleSecondsByType.put(type, t[0] / t[1]));
        for (String agent : log.agents()) {
            List<Double> starts = new ArrayList<>();
            log.staffing().forEach((date, byAgent) -> {
                BitSet slots = byAgent.get(agent);
                if (slots != null) {
                    double dayStart = ChronoUnit.DAYS.between(first, date) * 86_400.0;
                    slots.stream().forEach(s -> starts.add(dayStart + s * CallLog.SLOT_SECONDS));
                }
            });
            double[] credited = starts.stream().mapToDouble(Double::doubleValue).toArray();
            creditedSlots.put(agent, credited);
            centre.addAgent(0, agent, worked(credited, null));
        }
    }

    /** Shifts from the credited half hours, each kept when its uniform is below the availability (all when null). */
    private double[] worked(double[] credited, umontreal.ssj.rng.RandomStream availability) {
        List<Double> shifts = new ArrayList<>();
        for (double start : credited) {
            if (availability == null || availability.nextDouble() < capacity.availability()) {
                shifts.add(start);
                shifts.add(start + CallLog.SLOT_SECONDS);
            }
        }
        return shifts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public CallLog log() {
        return log;
    }

    /**
     * The same replay with its own centre, clock and random streams: replication r of the copy draws exactly what
     * replication r of this one draws, so copies can run replications on other threads.
     */
    public LogReplay copy() {
        LogReplay copy = withCapacity(capacity);
        copy.keepSegments = keepSegments;
        return copy;
    }

    /** The same log, callers and agents with another capacity model (the light replay beside the calibrated one). */
    public LogReplay withCapacity(CapacityModel capacityModel) {
        LogReplay other = new LogReplay(log, patience, capacityModel, catalogue, overlayAsGiven, outcome, seed)
                .sharing(quantiles).withChannels(channels);
        // a journal replay's callers and roster stand in every copy, as in the original
        other.callerOverlay.knowing(callerOverlay.known());
        other.roster = roster;
        return other;
    }

    /** Remembers emotion quantiles in {@code memo}, shared with the experiment's other replays (same results). */
    public LogReplay sharing(QuantileMemo memo) {
        this.quantiles = memo;
        return this;
    }

    public OutcomeModel outcome() {
        return outcome;
    }

    public CapacityModel capacity() {
        return capacity;
    }

    /** Callers, agent profiles and the half hours each agent works in replication r, shared by every policy. */
    public record Replication(int index, List<CallerDraw> callers, Map<String, AgentProfile> profiles,
            Set<String> topEmpathyAgents, Map<String, double[]> shifts) {
    }

    public Replication replication(int r) {
        streams.startReplication(r);
        Map<String, AgentProfile> profiles = AgentProfiles.draw(log.agents(), log.typesServed(), overlay.agents(),
                streams.stream(CallerOverlay.AGENTS));
        profiles.replaceAll((name, drawn) -> roster.getOrDefault(name, drawn));
        if (channels != null) {
            profiles = channels.withCapacity(profiles);
        }
        Map<String, umontreal.ssj.rng.RandomStream> byName = new HashMap<>();
        for (String name : CallerOverlay.STREAMS) {
            byName.put(name, streams.stream(name));
        }
        List<CallerDraw> callers = callerOverlay.draw(log, byName, quantiles);
        if (channels != null) {
            callers = channels.assign(callers, streams.stream(ChannelMix.STREAM));
        }
        Map<String, double[]> shifts = new HashMap<>();
        umontreal.ssj.rng.RandomStream availability = capacity.availability() < 1
                ? streams.stream(CallerOverlay.AVAILABILITY) : null;
        for (String agent : log.agents()) {
            shifts.put(agent, worked(creditedSlots.get(agent), availability));
        }
        return new Replication(r, callers, profiles, topEmpathy(profiles.values(), overlay.measures().topEmpathyShare()),
                shifts);
    }

    /** The agents in the top share of the roster by empathy (ties broken by name, so the set is exact). */
    static Set<String> topEmpathy(java.util.Collection<AgentProfile> profiles, double share) {
        List<AgentProfile> sorted = new ArrayList<>(profiles);
        sorted.sort(Comparator.comparingDouble(AgentProfile::empathy).reversed().thenComparing(AgentProfile::id));
        int count = (int) Math.ceil(share * sorted.size());
        Set<String> top = new HashSet<>();
        for (int i = 0; i < count; i++) {
            top.add(sorted.get(i).id());
        }
        return top;
    }

    /** Puts callers on channels and gives agents capacity per channel by the mix (a voice day without it). */
    public LogReplay withChannels(ChannelMix mix) {
        channels = mix;
        return this;
    }

    /**
     * Keeps each caller of every run as the fairness audit sees it ({@link DayResult#segmentedCalls()}), for the
     * what-if's audit; off by default, since long experiments would hold millions of them.
     */
    public LogReplay keepingSegments() {
        keepSegments = true;
        return this;
    }

    /**
     * Replays journalled traffic: these callers' product, language, vulnerability and distress (by the log's call
     * id) and these agents' profiles (by the log's agent name) stand instead of the overlay's draws.
     */
    public LogReplay knowing(Map<Long, KnownCaller> callers, Map<String, AgentProfile> agents) {
        callerOverlay.knowing(callers);
        Map<String, AgentProfile> inPool = new HashMap<>();
        agents.forEach((name, p) -> inPool.put(name, new AgentProfile(p.id(), ReplayContext.POOL, p.displayName(),
                p.skills(), p.languages(), p.licences(), p.empathy(), p.capacity())));
        roster = Map.copyOf(inPool);
        return this;
    }

    /** Runs one policy on one replication. */
    public DayResult run(Replication replication, PolicyFactory policy) {
        for (CentreAgent agent : centre.agents()) {
            agent.setProfile(replication.profiles().get(agent.name()));
            centre.setShifts(agent, replication.shifts().get(agent.name()));
        }
        ReplayContext context = new ReplayContext(catalogue, overlay, replication.profiles(), clock, centre,
                replication.index(), meanHandleSecondsByType, capacity.meanAfterCallSeconds());
        DayMeasures measures = new DayMeasures(overlay.measures(), replication.topEmpathyAgents(), clock, centre.agents(),
                HOLD_LIMIT_SECONDS);
        if (!keepSegments) {
            centre.run(policy.create(context), List.of(c -> new Arrivals(c, replication.callers()).next()), measures);
            return measures.result(policy.name(), replication.index(), centre.agents());
        }
        SegmentLog segments = new SegmentLog(measures, overlay.measures().serviceLevelSeconds(),
                replication.profiles().values());
        centre.run(policy.create(context), List.of(c -> new Arrivals(c, replication.callers()).next()), segments);
        return measures.result(policy.name(), replication.index(), centre.agents())
                .withSegmentedCalls(segments.calls());
    }

    /**
     * When an agent answers: the caller's state at that moment fixes the outcome (drawn against the
     * pre-drawn uniforms) and stretches the handle time by proficiency and unmet care.
     */
    private ServiceTimeRule answering() {
        return (contact, agent) -> {
            Caller caller = (Caller) contact;
            AgentProfile profile = agent.profile();
            double wait = centre.now() - caller.arrivalTime();
            Instant now = clock.instant();
            caller.careAtAnswer = caller.trueCare(wait, now);
            caller.distressAtAnswer = caller.trueDistress(wait, now);
            int proficiency = Math.max(Proficiency.MIN, profile.proficiency(caller.product().requiredSkill()));
            double shortfall = Proficiency.shortfall(proficiency);
            double unmetCare = caller.careAtAnswer * (1 - profile.empathy());
            double minutes = wait / 60;
            caller.resolved = caller.draw().resolveUniform() < outcome.resolutionProbability(unmetCare, shortfall, minutes);
            caller.complained = caller.draw().complaintUniform()
                    < outcome.complaintProbability(unmetCare, shortfall, caller.stakes, minutes, caller.resolved);
            caller.distressAtEnd = outcome.distressAtEnd(caller.distressAtAnswer, profile.empathy(), caller.resolved,
                    caller.draw().endNoise());
            double factor = overlay.handleTime().proficiencyFactor().get(proficiency - 1);
            return caller.baseServiceTime() * factor * (1 + overlay.handleTime().carePenalty() * unmetCare);
        };
    }

    /** Feeds the replication's callers to the centre in arrival order, one calendar event at a time. */
    private final class Arrivals extends SimEvent {
        private final Centre target;
        private final List<CallerDraw> callers;
        private int next;

        Arrivals(Centre target, List<CallerDraw> callers) {
            this.target = target;
            this.callers = callers;
        }

        void next() {
            if (next < callers.size()) {
                target.simulator().scheduleAt(this, Math.max(target.now(), callers.get(next).arrival()));
            }
        }

        @Override
        protected void fire() {
            CallerDraw draw = callers.get(next++);
            target.arrive(new Caller(draw, overlay.emotionGrowthPerMinuteInQueue(), TRUTH, clock.at(draw.arrival())));
            next();
        }
    }
}
