package dev.attune.fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fault suite's knobs. Every scenario is bounded by its own fault length plus {@code recoverySeconds} and
 * {@code drainSeconds}; the whole run by {@code maxMinutes}.
 *
 * @param scenarios       which scenarios to run, in order (see {@link Scenario})
 * @param kills           how many kill -9 rounds the kill scenario repeats
 * @param agents          roster size
 * @param rate            call arrivals per second (Poisson-free: evenly spaced, so rounds compare)
 * @param burst           calls placed at once just before each kill, so the router holds a queue through it
 * @param ringMillis      an agent answers an offer after between half and one and a half times this
 * @param holdMillis      how long a connected call lasts
 * @param outageScale     multiplies every fault's length (0.1 for a quick look; 1 is the lengths)
 * @param staticMember    the service joins its consumer group with a fixed attune.instance-id, as deployed
 * @param classDataSharing the service starts with a class-data archive: the build's (app-cds.jsa) or a recorded one
 * @param recordedCds     the archive is recorded by a first start of the service against this run's broker and
 *                        database ({@link RecordedArchive}), as docs/operations.md says to deploy it; false: the
 *                        build's archive, which holds only what Quarkus' static init loads
 * @param alternateCds    kill -9 restarts alternate with and without the archive, to compare them under one load
 * @param overloadRate    the overload scenario's arrival rate, calls per second
 * @param heapLimitMb     the overload row's check: the service's heap in use stays at or under this
 * @param restShare       kill1of3: the share of calls the ACD creates and accepts over REST, through an instance
 *                        that does not own the pool (Keycloak is started for it); 0 keeps that scenario Kafka only
 */
record FaultOptions(
        List<Scenario> scenarios,
        int kills,
        int agents,
        double rate,
        int burst,
        long ringMillis,
        long holdMillis,
        double outageScale,
        boolean staticMember,
        boolean classDataSharing,
        boolean recordedCds,
        boolean alternateCds,
        double overloadRate,
        int heapLimitMb,
        double restShare,
        int recoverySeconds,
        int drainSeconds,
        int maxMinutes,
        long seed,
        Path configDir,
        Path out) {

    static final String USAGE = """
            FaultSuite [--scenarios kill9,freeze,broker30,broker-timeout,broker-frozen,postgres30,postgres300,kill1of3,malformed,overload
                        | --short]
                       [--kills 20] [--agents 60] [--rate 1.5] [--burst 50] [--ring-millis 3000] [--hold-millis 20000]
                       [--outage-scale 1] [--recovery-seconds 240] [--drain-seconds 60] [--max-minutes 60]
                       [--seed 7] [--config-dir config] [--out load-tests/out] [--dynamic-member] [--no-cds]
                       [--build-cds] [--alternate-cds] [--overload-rate 1000] [--heap-limit-mb 512] [--rest-share 0.3]
            overload as issue 17 asks: --scenarios overload --agents 10000 --hold-millis 5000 --ring-millis 1000
            --short is the CI version: kill9 twice; freeze, broker30 and postgres30 at half length; malformed.""";

    static FaultOptions parse(String... args) {
        // The overload wants a roster of its own (10,000 agents): it runs only when named.
        List<Scenario> scenarios = Arrays.stream(Scenario.values()).filter(s -> s != Scenario.OVERLOAD).toList();
        int kills = 20;
        int agents = 60;
        double rate = 1.5;
        int burst = 50;
        long ring = 3_000;
        long hold = 20_000;
        double scale = 1;
        boolean staticMember = true;
        boolean cds = true;
        boolean recorded = true;
        boolean alternate = false;
        double overloadRate = 1_000;
        int heapLimit = 512;
        double restShare = 0.3;
        int recovery = 240;
        int drain = 60;
        int maxMinutes = 60;
        long seed = 7;
        Path config = Path.of("config");
        Path out = Path.of("load-tests/out");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--short")) {
                scenarios = List.of(Scenario.KILL9, Scenario.FREEZE, Scenario.BROKER30, Scenario.POSTGRES30,
                        Scenario.MALFORMED);
                kills = 2;
                scale = 0.5;
                // The drain ends as soon as every call is connected; 30 s left 27 calls still waiting after two
                // 40 s restarts on a loaded machine (60 agents serve about 3 calls/s).
                drain = 60;
                maxMinutes = 15;
                continue;
            }
            if (arg.equals("--build-cds")) {
                recorded = false;
                continue;
            }
            if (arg.equals("--alternate-cds")) {
                alternate = true;
                continue;
            }
            if (arg.equals("--dynamic-member") || arg.equals("--no-cds")) {
                // How the service ran before static membership and the class-data archive: for side-by-side figures.
                staticMember &= !arg.equals("--dynamic-member");
                cds &= !arg.equals("--no-cds");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg + "\n" + USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--scenarios" -> scenarios = scenarios(value);
                case "--kills" -> kills = positive(arg, Integer.parseInt(value));
                case "--agents" -> agents = positive(arg, Integer.parseInt(value));
                case "--rate" -> rate = positive(arg, Double.parseDouble(value));
                case "--burst" -> burst = Integer.parseInt(value);
                case "--ring-millis" -> ring = positive(arg, Long.parseLong(value));
                case "--hold-millis" -> hold = positive(arg, Long.parseLong(value));
                case "--outage-scale" -> scale = positive(arg, Double.parseDouble(value));
                case "--recovery-seconds" -> recovery = positive(arg, Integer.parseInt(value));
                case "--drain-seconds" -> drain = positive(arg, Integer.parseInt(value));
                case "--max-minutes" -> maxMinutes = positive(arg, Integer.parseInt(value));
                case "--overload-rate" -> overloadRate = positive(arg, Double.parseDouble(value));
                case "--heap-limit-mb" -> heapLimit = positive(arg, Integer.parseInt(value));
                case "--rest-share" -> restShare = share(arg, Double.parseDouble(value));
                case "--seed" -> seed = Long.parseLong(value);
                case "--config-dir" -> config = Path.of(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new FaultOptions(scenarios, kills, agents, rate, burst, ring, hold, scale, staticMember, cds, recorded,
                alternate,
                overloadRate, heapLimit, restShare, recovery, drain, maxMinutes, seed, config, out);
    }

    private static List<Scenario> scenarios(String list) {
        List<Scenario> chosen = new ArrayList<>();
        for (String name : list.split(",")) {
            chosen.add(Arrays.stream(Scenario.values()).filter(s -> s.option().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "'\n" + USAGE)));
        }
        return List.copyOf(chosen);
    }

    private static double share(String option, double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(option + " must be from 0 to 1, was " + value);
        }
        return value;
    }

    /** Whether a scenario of this run sends REST requests, so the run needs a sign-in provider. */
    boolean needsRest() {
        return restShare > 0 && scenarios.contains(Scenario.KILL_ONE_OF_THREE);
    }

    private static <N extends Number> N positive(String option, N value) {
        if (value.doubleValue() <= 0) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
        return value;
    }
}
