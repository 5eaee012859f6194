package dev.attune.text.training;

import dev.attune.cli.CommandLine;
import dev.attune.text.EmotionGroup;
import dev.attune.text.IntentProducts;
import dev.attune.text.TextEstimator;
import dev.attune.text.TextModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints the honest evaluation of the shipped text model (docs/text-estimator.md), each figure beside a
 * trivial baseline: GoEmotions grouped labels on the whole dev split (as the issue asks) and on its odd rows
 * (never used for a choice), BANKING77
 * intents and products on the stratified 20% never trained on, calibration, and per-utterance latency.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.attune.text.training.EvaluateTextModel \
 *     -Dexec.args="--data ../shared/data"
 * </pre>
 */
public final class EvaluateTextModel {
    private EvaluateTextModel() {
    }

    public static void main(String[] args) throws IOException {
        Arguments arguments = CommandLine.parse(args, Arguments.USAGE, Arguments::parse);
        TextEstimator estimator = TextEstimator.shipped();
        TextModel model = estimator.model();
        EmotionGroupsFile groups = EmotionGroupsFile.read(arguments.groups());
        List<Example> dev = Corpora.goEmotions(arguments.data().resolve("goemotions"), "dev");
        List<Example> report = Corpora.half(dev, 1);
        emotions(model, groups, dev, "whole split; its even rows made the choices", null);
        emotions(model, groups, report, "odd rows, never used for a choice", Path.of("docs/img/text-reliability.png"));
        List<Example> heldOut = Corpora.stratified(Corpora.banking77(arguments.data().resolve("banking77/train.csv")),
                Corpora.SPLIT_SEED, Corpora.HOLD_OUT).get(1);
        IntentProducts products = IntentProducts.read(arguments.products(), allProducts(arguments.products()),
                model.intents());
        intents(model, products, heldOut);
        Latency.print(estimator, report, heldOut);
    }

    private static void emotions(TextModel model, EmotionGroupsFile groups, List<Example> report, String rows,
            Path plot) throws IOException {
        boolean[][] truth = report.stream().map(groups::membership).toArray(boolean[][]::new);
        double[][] p = report.stream().map(e -> model.groupProbabilities(e.text())).toArray(double[][]::new);
        System.out.printf("%nGoEmotions dev, %s (%,d utterances): grouped labels%n", rows, report.size());
        System.out.printf("%-12s %7s | %6s %6s %6s %6s %6s | %-22s%n", "group", "support", "P", "R", "F1", "AUC", "ECE",
                "baseline: always (F1)");
        double macro = 0;
        double macroBaseline = 0;
        for (int g = 0; g < model.groups().size(); g++) {
            EmotionGroup group = model.groups().get(g);
            double[] pg = column(p, g);
            boolean[] tg = TrainTextModel.booleanColumn(truth, g);
            int support = count(tg);
            double[] pr = precisionRecall(pg, tg, group.threshold());
            double f1 = Metrics.f1(pg, tg, group.threshold());
            double prevalence = support / (double) tg.length;
            double baseline = 2 * prevalence / (1 + prevalence);
            macro += f1;
            macroBaseline += baseline;
            System.out.printf("%-12s %7d | %6.3f %6.3f %6.3f %6.3f %6.3f | %6.3f (AUC 0.500)%n", group.name(), support,
                    pr[0], pr[1], f1, Metrics.auc(pg, tg), Metrics.ece(pg, tg), baseline);
        }
        int n = model.groups().size();
        System.out.printf("%-12s %7s | %6s %6s %6.3f %6s %6s | %6.3f%n", "macro", "", "", "", macro / n, "", "",
                macroBaseline / n);
        double[] top = new double[p.length];
        boolean[] hit = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = TrainTextModel.argmax(p[i]);
            top[i] = model.confidence().probability(p[i][best]);
            hit[i] = truth[i][best];
        }
        Calibration.print("confidence (P that the strongest group is one of the utterance's labels)", top, hit);
        if (plot != null) {
            Calibration.plot(top, hit, plot);
        }
    }

    private static void intents(TextModel model, IntentProducts products, List<Example> heldOut) {
        Map<String, Integer> counts = new TreeMap<>();
        heldOut.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        String majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int right = 0;
        int productRight = 0;
        int baselineProduct = 0;
        double[] confidence = new double[heldOut.size()];
        boolean[] correct = new boolean[heldOut.size()];
        for (int i = 0; i < heldOut.size(); i++) {
            Example e = heldOut.get(i);
            double[] scores = model.intentScores(e.text());
            int best = TrainTextModel.argmax(scores);
            String intent = model.intents().get(best);
            correct[i] = intent.equals(e.label());
            confidence[i] = model.intentConfidence().probability(scores[best]);
            right += correct[i] ? 1 : 0;
            productRight += product(products, intent).equals(product(products, e.label())) ? 1 : 0;
            baselineProduct += product(products, e.label()).equals("GENERAL") ? 1 : 0;
        }
        int n = heldOut.size();
        System.out.printf("%nBANKING77, stratified 20%% of train never trained on (%,d utterances)%n", n);
        System.out.printf("%-34s %8s | %-28s%n", "", "model", "baseline");
        System.out.printf("%-34s %8.3f | %.3f (always '%s')%n", "intent accuracy (77 intents)", right / (double) n,
                counts.get(majority) / (double) n, majority);
        System.out.printf("%-34s %8.3f | %.3f (always GENERAL)%n", "product accuracy (intent-products)",
                productRight / (double) n, baselineProduct / (double) n);
        Calibration.print("intent confidence (P that the top intent is right)", confidence, correct);
    }

    private static String product(IntentProducts products, String intent) {
        return products.products().getOrDefault(intent, "GENERAL");
    }

    /** The evaluation checks the mapping against itself only; the service checks it against the catalogue. */
    private static Set<String> allProducts(Path file) throws IOException {
        Set<String> codes = new HashSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("intents")
                .forEach(v -> codes.add(v.asText()));
        return codes;
    }

    private static double[] precisionRecall(double[] p, boolean[] truth, double threshold) {
        int tp = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < p.length; i++) {
            boolean yes = p[i] >= threshold;
            tp += yes && truth[i] ? 1 : 0;
            predicted += yes ? 1 : 0;
            actual += truth[i] ? 1 : 0;
        }
        return new double[] {predicted == 0 ? 0 : tp / (double) predicted, actual == 0 ? 0 : tp / (double) actual};
    }

    private static double[] column(double[][] p, int g) {
        double[] c = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i][g];
        }
        return c;
    }

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
