package dev.attune.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The load test's table (console and Markdown), CSV and latency-against-rate plot. */
public final class LoadReport {
    private static final String FORMAT =
            "%5s %7s %7s %7s %7s %8s %7s %7s %7s %8s %11s %11s %11s %6s %6s %7s %5s %4s %4s %5s %7s %7s %5s  %s";

    private LoadReport() {
    }

    public static String header() {
        return String.format(Locale.ROOT, FORMAT, "phase", "agents", "rate/s", "sent/s", "offer/s", "calls", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "hop p50/99", "above 2 hops", "own p50/99", "compr", "lag", "lag/s", "err", "lost", "dup",
                "reoff", "cpu %", "heap MB", "load", "verdict");
    }

    public static String row(StepResult r, double targetP99Ms) {
        return String.format(Locale.ROOT, FORMAT, r.phase(), r.agents(), num(r.askedRate(), 0), num(r.achievedRate(), 1),
                num(r.offerRate(), 1), r.calls(), num(r.p50(), 1), num(r.p90(), 1), num(r.p99(), 1), num(r.max(), 1),
                num(r.hopP50(), 1) + "/" + num(r.hopP99(), 1), num(r.serviceShareP50(), 1) + "/"
                        + num(r.serviceShareP99(), 1),
                num(r.ownP50(), 0) + "/" + num(r.ownP99(), 0), num(r.compression(), 3), r.lagMax(), num(r.lagSlope(), 0), r.errors(), r.lost(), r.duplicated(), r.reoffers(),
                num(100 * r.cpu(), 0), num(r.heapMaxMb(), 0), num(r.machineLoad(), 1), verdict(r, targetP99Ms));
    }

    static String verdict(StepResult r, double targetP99Ms) {
        if (!r.keptPace()) {
            return "NOT SUSTAINED" + (r.lagGrows() ? " (lag grew)" : "");
        }
        String verdict = r.p99() <= targetP99Ms ? "ok" : "sustained, p99 over target";
        return r.quick() ? "quick step, not judged (" + verdict + ")" : verdict;
    }

    /** The cold step against the warm one at the same rate: the warm-start target is a p99 ratio of at most 2. */
    static String warmStart(StepResult cold, StepResult warm) {
        return String.format(Locale.ROOT, "[load] first %s after ready: p50 %s ms, p99 %s ms; warm: p50 %s ms, p99 %s "
                        + "ms; cold/warm p99 %s (target at most 2); broker hop p99 %s / %s ms", duration(cold),
                num(cold.p50(), 1), num(cold.p99(), 1), num(warm.p50(), 1), num(warm.p99(), 1),
                num(cold.p99() / warm.p99(), 2), num(cold.hopP99(), 1), num(warm.hopP99(), 1));
    }

    /** A step slice by slice ({@link CallLedger#SLICE_SECONDS} each): placed, offered, p50 / p99 of the calls placed. */
    static String timeline(StepResult r, List<CallLedger.Slice> slices) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "[load] %s step at %.0f calls/s, %d s slices: from s, placed/s, offered/s, p50 / p99 ms of the calls"
                        + " placed in it%n", r.phase().isEmpty() ? "the" : "the " + r.phase(), r.askedRate(),
                CallLedger.SLICE_SECONDS));
        for (CallLedger.Slice slice : slices) {
            out.append(String.format(Locale.ROOT, "[load]   %4d %8.1f %8.1f %10s / %s%n", slice.fromSecond(),
                    slice.placedPerSecond(), slice.offeredPerSecond(), num(slice.p50Ms(), 1), num(slice.p99Ms(), 1)));
        }
        return out.toString();
    }

    private static String duration(StepResult r) {
        return r.achievedRate() > 0 ? String.format(Locale.ROOT, "%.0f s", r.calls() / r.achievedRate()) : "step";
    }

    public static String markdown(List<StepResult> results, double targetP99Ms) {
        StringBuilder out = new StringBuilder();
        out.append("| phase | agents | calls/s asked | sent/s | offers/s | calls | p50 ms | p90 ms | p99 ms | max ms "
                + "| broker hop p50 / p99 ms | above two hops p50 / p99 ms | service's own p50 / p99 ms | lag max | lag growth /s "
                + "| errors | lost | duplicated "
                + "| service CPU % | heap max MB | machine load | verdict |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (StepResult r : results) {
            out.append(String.format(Locale.ROOT,
                    "| %s | %,d | %s | %s | %s | %,d | %s | %s | %s | %s | %s / %s | %s / %s | %s / %s | %d | %s | %d | %d | %d | %s | %s | %s | %s |%n",
                    r.phase(), r.agents(), num(r.askedRate(), 0), num(r.achievedRate(), 1), num(r.offerRate(), 1), r.calls(),
                    num(r.p50(), 1), num(r.p90(), 1), num(r.p99(), 1), num(r.max(), 1), num(r.hopP50(), 1),
                    num(r.hopP99(), 1), num(r.serviceShareP50(), 1), num(r.serviceShareP99(), 1), num(r.ownP50(), 0),
                    num(r.ownP99(), 0), r.lagMax(), num(r.lagSlope(), 0),
                    r.errors(), r.lost(), r.duplicated(), num(100 * r.cpu(), 0), num(r.heapMaxMb(), 0),
                    num(r.machineLoad(), 1), verdict(r, targetP99Ms)));
        }
        return out.toString();
    }

    public static void writeCsv(List<StepResult> results, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("phase,agents,asked_rate,achieved_rate,offer_rate,calls,offered,p50_ms,p90_ms,p99_ms,max_ms,"
                + "hop_p50_ms,hop_p99_ms,hop_max_ms,service_share_p50_ms,service_share_p99_ms,compression,lag_max,"
                + "errors,error_detail,lost,duplicated,reoffers,service_cpu,heap_max_mb,live_data_mb,own_p50_ms,own_p99_ms,"
                + "machine_load,lag_slope,lag_grows,quick,sustained");
        for (StepResult r : results) {
            lines.add(String.format(Locale.ROOT,
                    "%s,%d,%.1f,%.2f,%.2f,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.4f,%d,%d,\"%s\",%d,%d,%d,"
                            + "%.3f,%.1f,%.1f,%.1f,%.1f,%.2f,%.1f,%s,%s,%s",
                    r.phase(), r.agents(), r.askedRate(), r.achievedRate(), r.offerRate(), r.calls(), r.offered(), r.p50(),
                    r.p90(), r.p99(), r.max(), r.hopP50(), r.hopP99(), r.hopMax(), r.serviceShareP50(),
                    r.serviceShareP99(), r.compression(), r.lagMax(), r.errors(), r.errorDetail(), r.lost(),
                    r.duplicated(), r.reoffers(), r.cpu(), r.heapMaxMb(), r.liveDataMb(), r.ownP50(), r.ownP99(),
                    r.machineLoad(), r.lagSlope(), r.lagGrows(), r.quick(), r.sustained()));
        }
        createParent(file);
        Files.write(file, lines);
    }

    /** p50 and p99 against the asked rate, one colour per roster size, both axes logarithmic, the target drawn. */
    public static void plot(List<StepResult> results, double targetP99Ms, List<Path> files) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Attune decision latency: arrival record produced to offer record consumed")
                .xAxisTitle("arrival rate (calls/s)").yAxisTitle("latency (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(7);
        Map<Integer, List<StepResult>> byAgents = new TreeMap<>();
        results.stream().filter(r -> r.offered() > 0 && r.phase().isEmpty())
                .forEach(r -> byAgents.computeIfAbsent(r.agents(), a -> new ArrayList<>()).add(r));
        double minRate = Double.MAX_VALUE;
        double maxRate = 0;
        for (Map.Entry<Integer, List<StepResult>> entry : byAgents.entrySet()) {
            List<StepResult> steps = entry.getValue();
            double[] rates = steps.stream().mapToDouble(StepResult::askedRate).toArray();
            minRate = Math.min(minRate, rates[0]);
            maxRate = Math.max(maxRate, rates[rates.length - 1]);
            XYSeries p99 = chart.addSeries(String.format("p99, %,d agents", entry.getKey()), rates,
                    steps.stream().mapToDouble(r -> Math.max(0.01, r.p99())).toArray());
            p99.setMarker(SeriesMarkers.CIRCLE);
            XYSeries p50 = chart.addSeries(String.format("p50, %,d agents", entry.getKey()), rates,
                    steps.stream().mapToDouble(r -> Math.max(0.01, r.p50())).toArray());
            p50.setMarker(SeriesMarkers.DIAMOND);
            p50.setLineStyle(SeriesLines.DASH_DASH);
            p50.setLineColor(p99.getLineColor());
            p50.setMarkerColor(p99.getLineColor());
        }
        List<StepResult> withHop = results.stream().filter(r -> !Double.isNaN(r.hopP99())).toList();
        if (!withHop.isEmpty()) {
            XYSeries hop = chart.addSeries("2 x broker hop p99 (floor)",
                    withHop.stream().mapToDouble(StepResult::askedRate).toArray(),
                    withHop.stream().mapToDouble(r -> Math.max(0.01, 2 * r.hopP99())).toArray());
            hop.setMarker(SeriesMarkers.NONE);
            hop.setLineStyle(SeriesLines.DOT_DOT);
            hop.setLineColor(java.awt.Color.GRAY);
        }
        if (maxRate > 0) {
            XYSeries target = chart.addSeries(String.format("target p99 %.0f ms", targetP99Ms),
                    new double[] {minRate, maxRate}, new double[] {targetP99Ms, targetP99Ms});
            target.setMarker(SeriesMarkers.NONE);
            target.setLineColor(java.awt.Color.RED);
            target.setLineStyle(SeriesLines.DASH_DOT);
        }
        for (Path file : files) {
            createParent(file);
            String name = file.toString();
            String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static String num(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
