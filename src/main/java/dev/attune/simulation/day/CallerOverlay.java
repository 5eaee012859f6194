package dev.attune.simulation.day;

import dev.attune.core.domain.Catalogue;
import dev.attune.core.domain.Channel;
import dev.attune.core.domain.Product;
import dev.attune.simulation.model.DistributionSpec;
import dev.attune.simulation.trace.CallLog;
import dev.attune.simulation.trace.LoggedCall;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.probdist.BetaDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Turns a log's calls into callers: product from the call type's mix, language from the call type,
 * stakes, vulnerability and life event by product, emotion on arrival by product, patience from the log,
 * and the uniforms that will decide the outcome. Each caller takes the same number of draws from each
 * stream, in log order, whatever happens to it later.
 */
public final class CallerOverlay {
    public static final String CALLERS = "callers";
    public static final String PATIENCE = "patience";
    public static final String SERVICE = "service";
    public static final String AGENTS = "agents";
    public static final String AFTER_CALL = "after-call";
    public static final String AVAILABILITY = "availability";
    /** New streams go last: SSJ spaces streams in creation order, so the earlier ones keep their numbers. */
    public static final List<String> STREAMS = List.of(CALLERS, PATIENCE, SERVICE, AGENTS, AFTER_CALL,
            AVAILABILITY);

    private final OverlayModel overlay;
    private final PatienceModel patience;
    private final Map<String, Product> products = new HashMap<>();
    private final Map<String, BetaDist[]> emotions = new HashMap<>();
    private final Map<String, DistributionSpec.Sampler> amounts = new HashMap<>();
    private final Map<String, double[]> servedTimesByType = new HashMap<>();
    private Map<Long, KnownCaller> known = Map.of();

    public CallerOverlay(OverlayModel overlay, Catalogue catalogue, PatienceModel patience, CallLog log) {
        this.overlay = overlay;
        this.patience = patience;
        overlay.products().forEach((code, p) -> {
            products.put(code, catalogue.product(code));
            OverlayModel.EmotionPrior e = p.emotion();
            emotions.put(code, new BetaDist[] {e.anxiety().beta(), e.frustration().beta(), e.anger().beta(),
                e.confusion().beta()});
            amounts.put(code, p.amountAtStake().sampler());
        });
        Map<String, List<Double>> served = new HashMap<>();
        log.days().values().forEach(day -> day.stream().filter(c -> !c.abandoned())
                .forEach(c -> served.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c.serviceTime())));
        served.forEach((type, times) -> servedTimesByType.put(type, times.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Callers a journal knows (by the log's call id): their product, language, vulnerability and distress stand. */
    void knowing(Map<Long, KnownCaller> callers) {
        known = Map.copyOf(callers);
    }

    Map<Long, KnownCaller> known() {
        return known;
    }

    /** Every caller of the log for one replication, in arrival order, times in seconds since the first day's midnight. */
    public List<CallerDraw> draw(CallLog log, Map<String, RandomStream> streams) {
        return draw(log, streams, QuantileMemo.none());
    }

    /** The same, remembering the emotion quantiles in {@code memo} for the other replays of one experiment. */
    public List<CallerDraw> draw(CallLog log, Map<String, RandomStream> streams, QuantileMemo memo) {
        RandomStream callers = streams.get(CALLERS);
        RandomStream patienceStream = streams.get(PATIENCE);
        RandomStream serviceStream = streams.get(SERVICE);
        RandomStream afterCall = streams.get(AFTER_CALL);
        LocalDate first = log.days().firstKey();
        List<CallerDraw> out = new ArrayList<>(log.callCount());
        long id = 0;
        for (Map.Entry<LocalDate, List<LoggedCall>> day : log.days().entrySet()) {
            double dayStart = ChronoUnit.DAYS.between(first, day.getKey()) * 86_400.0;
            for (LoggedCall call : day.getValue()) {
                out.add(draw(id++, dayStart + call.queueEntry(), call, callers, patienceStream, serviceStream,
                        afterCall.nextDouble(), memo));
            }
        }
        return out;
    }

    private CallerDraw draw(long id, double arrival, LoggedCall call, RandomStream callers, RandomStream patienceStream,
            RandomStream serviceStream, double afterCallUniform, QuantileMemo memo) {
        KnownCaller journalled = known.get(call.callId());
        double productUniform = callers.nextDouble();
        String code = journalled != null ? journalled.productCode() : pickProduct(call.type(), productUniform);
        OverlayModel.ProductOverlay product = overlay.products().get(code);
        if (product == null) {
            throw new IllegalArgumentException("overlay has no product " + code + " (amount at stake, emotion prior)");
        }
        boolean high = overlay.highPriorityLevels().contains(call.priority());
        boolean vulnerable = callers.nextDouble() < product.vulnerableProbability();
        String lifeEvent = callers.nextDouble() < product.lifeEventProbability() ? product.lifeEvent() : null;
        double amount = Math.max(0, amounts.get(code).sample(callers)) * (high ? overlay.highPriorityAmountFactor() : 1);
        BetaDist[] priors = emotions.get(code);
        double[] emotion = new double[4];
        for (int i = 0; i < 4; i++) {
            emotion[i] = memo.inverse(priors[i], callers.nextDouble());
        }
        long noiseSeed = (long) (callers.nextDouble() * (1L << 52));
        double resolve = callers.nextDouble();
        double complaint = callers.nextDouble();
        double endNoise = NormalDist.inverseF01(callers.nextDouble());
        double wait = patience.patience(call, patienceStream.nextDouble());
        double u = serviceStream.nextDouble();
        double service = call.abandoned() ? empiricalServiceTime(call.type(), u) : call.serviceTime();
        String language = overlay.language(call.type());
        if (journalled != null) {
            // The same draws are taken either way, so every caller keeps its place in the random streams.
            language = journalled.language();
            vulnerable = journalled.vulnerable();
            double[] felt = journalled.emotion();
            emotion = felt.length == 0 ? emotion : felt;
        }
        return new CallerDraw(id, call, arrival, products.get(code), language, high, vulnerable,
                amount, lifeEvent, emotion, wait, service, noiseSeed, resolve, complaint, endNoise, afterCallUniform,
                Channel.VOICE);
    }

    private String pickProduct(String callType, double u) {
        Map<String, Double> mix = overlay.productMixByCallType().get(callType);
        if (mix == null) {
            throw new IllegalArgumentException("overlay has no product mix for call type " + callType);
        }
        double cumulative = 0;
        String last = null;
        for (Map.Entry<String, Double> entry : mix.entrySet()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        return last;
    }

    private double empiricalServiceTime(String type, double u) {
        double[] times = servedTimesByType.get(type);
        if (times == null || times.length == 0) {
            times = servedTimesByType.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        }
        return times[Math.min(times.length - 1, (int) (u * times.length))];
    }
}
