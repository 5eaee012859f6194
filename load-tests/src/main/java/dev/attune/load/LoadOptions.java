package dev.attune.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load test's knobs. Every run is bounded: each step lasts {@code stepSeconds}, each drain at most
 * {@code drainSeconds}, the whole run at most {@code maxMinutes}.
 *
 * @param kafka         an existing broker's address (must be on this machine); null starts an embedded one
 * @param brokerJvm     run the embedded broker in a JVM of its own (default) rather than in the generator's
 * @param agents        roster sizes to test, each against a freshly started service
 * @param rates         arrival rates to step through, calls per second
 * @param stepSeconds   each step's length: at least 60 s, so a growing consumer lag shows, unless quick
 * @param quick         a smoke run: steps may be short, and no step is called sustained
 * @param coldRate      before the rate steps, this rate for one step straight after the service reports ready
 *                      (as after a deploy: no warm-up traffic) and once more right after it, warm; 0 = neither
 * @param coldAfterRestart the cold step follows a restart of the service (a new JVM after a graceful stop, as in a
 *                      deploy) behind one unreported step at the cold rate: the broker, the database and the
 *                      generator are then warm, as in production, and only the service is cold (a fresh stack
 *                      warms their JITs in the same minute on the same two cores)
 * @param warmupSeconds unreported traffic before the cold step (default none: a deploy gets none either)
 * @param occupancy     share of agents kept busy by squeezing the agent cycle (see {@link Traffic#at})
 * @param targetP99Ms   the latency target a step is judged against
 * @param stopP99Ms     stop stepping a roster once a step's p99 passes this (or it loses or duplicates calls)
 * @param heap          the service JVM's -Xmx
 * @param serviceJar    the packaged service to run (target/quarkus-app/quarkus-run.jar)
 * @param serviceProperties extra -Dkey=value for the service JVM (--service-property key=value, repeatable)
 * @param serviceJvmOptions JVM options of the service besides -Xmx: those of {@code deploy/jvm.options} (what
 *                      the deployments run with), or of --jvm-options-file, plus each --service-jvm-option
 * @param jfrAgents     roster size at which to re-run a rate under Java Flight Recorder; 0 = none
 * @param jfrRate       the rate profiled; 0 = the highest sustained rate of that roster size
 * @param channelMix    share of calls per channel, and agents staffed to match ({@link ChannelShares})
 */
public record LoadOptions(
        String kafka,
        boolean brokerJvm,
        List<Integer> agents,
        List<Double> rates,
        int stepSeconds,
        boolean quick,
        double coldRate,
        boolean coldAfterRestart,
        int warmupSeconds,
        double warmupRate,
        int drainSeconds,
        double occupancy,
        double targetP99Ms,
        double stopP99Ms,
        String heap,
        Path serviceJar,
        Map<String, String> serviceProperties,
        List<String> serviceJvmOptions,
        int jfrAgents,
        double jfrRate,
        double pingRate,
        int maxMinutes,
        long seed,
        Path configDir,
        Path out,
        Path plot,
        ChannelShares channelMix) {

    public static final String USAGE = """
            LoadTest [--kafka host:port | --broker-in-process] [--agents 200,2000,10000] [--rates 20,50,100,200,500,1000,2000]
                     [--step-seconds 60] [--quick] [--cold-rate 200] [--cold-after-restart] [--warmup-seconds 0] [--warmup-rate 50]
                     [--drain-seconds 20]
                     [--occupancy 0.5] [--target-p99-ms 25] [--stop-p99-ms 250] [--heap 512m]
                     [--service-jar target/quarkus-app/quarkus-run.jar] [--service-property key=value ...]
                     [--jvm-options-file deploy/jvm.options] [--service-jvm-option -XX:... ...]
                     [--jfr-agents 2000 | --no-jfr] [--jfr-rate 1000] [--ping-rate 100] [--max-minutes 40] [--seed 7]
                     [--config-dir config] [--out load-tests/out] [--plot docs/img/load-test-latency.png]
                     [--channel-mix voice=0.7,chat=0.3]
            Steps shorter than 60 s need --quick (default 10 s then), and their verdicts say "quick".""";

    public static LoadOptions parse(String... args) {
        String kafka = null;
        boolean brokerJvm = true;
        List<Integer> agents = List.of(200, 2_000, 10_000);
        List<Double> rates = List.of(20.0, 50.0, 100.0, 200.0, 500.0, 1_000.0, 2_000.0);
        Integer stepSeconds = null;
        boolean quick = false;
        double coldRate = 200;
        boolean coldAfterRestart = false;
        int warmupSeconds = 0;
        double warmupRate = 50;
        int drainSeconds = 20;
        double occupancy = 0.5;
        double target = 25;
        double stop = 250;
        String heap = "512m";
        Path serviceJar = ServiceJvm.JAR;
        Map<String, String> serviceProperties = new LinkedHashMap<>();
        Path jvmOptionsFile = JvmOptions.DEPLOYED;
        List<String> extraJvmOptions = new ArrayList<>();
        int jfrAgents = 2_000;
        double jfrRate = 0;
        double pingRate = 100;
        int maxMinutes = 40;
        long seed = 7;
        Path configDir = Path.of("config");
        Path out = Path.of("load-tests/out");
        Path plot = Path.of("docs/img/load-test-latency.png");
        ChannelShares channelMix = ChannelShares.VOICE_ONLY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--kafka" -> kafka = value(args, ++i, arg);
                case "--broker-in-process" -> brokerJvm = false;
                case "--agents" -> agents = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::trim).map(Integer::parseInt).toList();
                case "--rates" -> rates = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::trim).map(Double::parseDouble).toList();
                case "--step-seconds" -> stepSeconds = Integer.parseInt(value(args, ++i, arg));
                case "--quick" -> quick = true;
                case "--cold-rate" -> coldRate = Double.parseDouble(value(args, ++i, arg));
                case "--cold-after-restart" -> coldAfterRestart = true;
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(value(args, ++i, arg));
                case "--warmup-rate" -> warmupRate = Double.parseDouble(value(args, ++i, arg));
                case "--drain-seconds" -> drainSeconds = Integer.parseInt(value(args, ++i, arg));
                case "--occupancy" -> occupancy = Double.parseDouble(value(args, ++i, arg));
                case "--target-p99-ms" -> target = Double.parseDouble(value(args, ++i, arg));
                case "--stop-p99-ms" -> stop = Double.parseDouble(value(args, ++i, arg));
                case "--heap" -> heap = value(args, ++i, arg);
                case "--service-jar" -> serviceJar = Path.of(value(args, ++i, arg));
                case "--service-property" -> {
                    String[] pair = value(args, ++i, arg).split("=", 2);
                    if (pair.length != 2 || pair[0].isBlank()) {
                        throw new IllegalArgumentException("--service-property needs key=value, was " + args[i]);
                    }
                    serviceProperties.put(pair[0], pair[1]);
                }
                case "--jvm-options-file" -> jvmOptionsFile = Path.of(value(args, ++i, arg));
                case "--service-jvm-option" -> extraJvmOptions.add(value(args, ++i, arg));
                case "--jfr-agents" -> jfrAgents = Integer.parseInt(value(args, ++i, arg));
                case "--no-jfr" -> jfrAgents = 0;
                case "--jfr-rate" -> jfrRate = Double.parseDouble(value(args, ++i, arg));
                case "--ping-rate" -> pingRate = Double.parseDouble(value(args, ++i, arg));
                case "--max-minutes" -> maxMinutes = Integer.parseInt(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--config-dir" -> configDir = Path.of(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--plot" -> plot = Path.of(value(args, ++i, arg));
                case "--channel-mix" -> channelMix = ChannelShares.parse(value(args, ++i, arg));
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (stepSeconds == null) {
            stepSeconds = quick ? 10 : StepResult.JUDGED_SECONDS;
        }
        if (stepSeconds < 1 || stepSeconds > 600) {
            throw new IllegalArgumentException("--step-seconds must be 1-600, was " + stepSeconds);
        }
        if (stepSeconds < StepResult.JUDGED_SECONDS && !quick) {
            throw new IllegalArgumentException("--step-seconds " + stepSeconds + " is too short to judge a step (at least "
                    + StepResult.JUDGED_SECONDS + " s); add --quick for a smoke run\n" + USAGE);
        }
        if (coldRate < 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("--cold-rate and --warmup-seconds must not be negative");
        }
        if (!(occupancy > 0 && occupancy < 1)) {
            throw new IllegalArgumentException("--occupancy must be between 0 and 1, was " + occupancy);
        }
        if (maxMinutes < 1 || maxMinutes > 240) {
            throw new IllegalArgumentException("--max-minutes must be 1-240, was " + maxMinutes);
        }
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> !(rate > 0))) {
            throw new IllegalArgumentException("--rates must list positive rates");
        }
        if (kafka != null) {
            KafkaClients.requireLoopback(kafka);
        }
        return new LoadOptions(kafka, brokerJvm, agents, rates, stepSeconds, quick, coldRate, coldAfterRestart, warmupSeconds, warmupRate, drainSeconds, occupancy,
                target, stop, heap, serviceJar, Map.copyOf(serviceProperties),
                JvmOptions.read(jvmOptionsFile, extraJvmOptions), jfrAgents, jfrRate, pingRate, maxMinutes, seed, configDir, out, plot,
                channelMix);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
