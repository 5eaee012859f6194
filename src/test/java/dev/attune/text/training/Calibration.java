package dev.attune.text.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Prints a reliability table with the expected calibration error, and draws the reliability plot. */
final class Calibration {
    private Calibration() {
    }

    static void print(String what, double[] p, boolean[] truth) {
        System.out.printf("%n%s: ECE %.3f (10 equal-width bins)%n", what, Metrics.ece(p, truth));
        System.out.printf("  %-11s %6s %10s %10s%n", "bin", "count", "predicted", "observed");
        double[][] bins = Metrics.reliability(p, truth);
        for (int b = 0; b < bins.length; b++) {
            if (bins[b][0] > 0) {
                System.out.printf("  %.1f - %.1f %8d %10.3f %10.3f%n", b / 10.0, (b + 1) / 10.0, (int) bins[b][0],
                        bins[b][1], bins[b][2]);
            }
        }
    }

    static void plot(double[] p, boolean[] truth, Path file) throws IOException {
        double[][] bins = Metrics.reliability(p, truth);
        int used = 0;
        for (double[] bin : bins) {
            used += bin[0] > 0 ? 1 : 0;
        }
        double[] predicted = new double[used];
        double[] observed = new double[used];
        int k = 0;
        for (double[] bin : bins) {
            if (bin[0] > 0) {
                predicted[k] = bin[1];
                observed[k++] = bin[2];
            }
        }
        XYChart chart = new XYChartBuilder().width(720).height(520)
                .title(String.format("Confidence reliability, GoEmotions dev odd rows (ECE %.3f)",
                        Metrics.ece(p, truth)))
                .xAxisTitle("predicted confidence").yAxisTitle("observed frequency").build();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        XYSeries ideal = chart.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
        ideal.setMarker(SeriesMarkers.NONE);
        chart.addSeries("model (per bin)", predicted, observed).setMarker(SeriesMarkers.CIRCLE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("  reliability plot: " + file);
    }
}
