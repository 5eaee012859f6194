package dev.attune.load.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of the transcript load test.
 *
 * @param rates       utterances per second, one step each, in order
 * @param stepSeconds how long each step sends
 * @param calls       distinct call ids the utterances are spread over (chats in progress)
 * @param data        the shared data folder: GoEmotions dev supplies the texts when it is there
 * @param serviceJars the packaged service builds, by label ("before=a.jar,after=b.jar"; one unlabelled jar is
 *                    "service"): each round runs every build in turn, each on a fresh broker and database
 * @param rounds      how many times each build is run (interleaved: A B A B), for a side-by-side comparison
 * @param jfrRate     a last step at this rate runs under Java Flight Recorder, summarised by stage; 0 = none
 * @param out         where the table and the logs go
 * @param maxMinutes  the whole run stops by itself after this long
 * @param keptUpMs    a step is sustained only if its p99 latency is at most this: a service that falls behind
 *                    builds a queue whose latency grows for as long as the step lasts
 */
record TranscriptLoadOptions(List<Double> rates, int stepSeconds, int warmupSeconds, int calls, Path data,
        Map<String, Path> serviceJars, int rounds, double jfrRate, Path out, String heap, int maxMinutes, double keptUpMs) {
    static final String USAGE = "options: --rates 500,1000,2000,3000 --step-seconds 20 --warmup-seconds 15 "
            + "--calls 2000 --data ../shared/data --service-jar target/quarkus-app/quarkus-run.jar "
            + "(or --service-jars before=A.jar,after=B.jar --rounds 2) --jfr-rate 0 "
            + "--out load-tests/out --heap 512m --max-minutes 15 --kept-up-ms 1000";

    static TranscriptLoadOptions parse(String[] args) {
        List<Double> rates = List.of(500.0, 1000.0, 2000.0, 3000.0);
        int stepSeconds = 20;
        int warmupSeconds = 15;
        int calls = 2000;
        Path data = Path.of("../shared/data");
        Map<String, Path> serviceJars = Map.of("service", Path.of("target/quarkus-app/quarkus-run.jar"));
        int rounds = 1;
        double jfrRate = 0;
        Path out = Path.of("load-tests/out");
        String heap = "512m";
        int maxMinutes = 15;
        double keptUpMs = 1000;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--rates" -> rates = parseRates(value);
                case "--step-seconds" -> stepSeconds = Integer.parseInt(value);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(value);
                case "--calls" -> calls = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                case "--service-jar" -> serviceJars = Map.of("service", Path.of(value));
                case "--service-jars" -> serviceJars = parseJars(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--jfr-rate" -> jfrRate = Double.parseDouble(value);
                case "--out" -> out = Path.of(value);
                case "--heap" -> heap = value;
                case "--max-minutes" -> maxMinutes = Integer.parseInt(value);
                case "--kept-up-ms" -> keptUpMs = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new TranscriptLoadOptions(rates, stepSeconds, warmupSeconds, calls, data, serviceJars, rounds, jfrRate,
                out, heap, maxMinutes, keptUpMs);
    }

    private static Map<String, Path> parseJars(String value) {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String labelled : value.split(",")) {
            String[] parts = labelled.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("--service-jars takes label=path,label=path; " + USAGE);
            }
            jars.put(parts[0], Path.of(parts[1]));
        }
        return jars;
    }

    private static List<Double> parseRates(String value) {
        List<Double> rates = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).map(Double::parseDouble).forEach(rates::add);
        return List.copyOf(rates);
    }
}
