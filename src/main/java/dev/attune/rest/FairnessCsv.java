package dev.attune.rest;

import dev.attune.learning.fairness.Disparity;
import dev.attune.learning.fairness.Estimate;
import dev.attune.learning.fairness.FavourableRate;
import dev.attune.learning.fairness.Measures;
import dev.attune.learning.fairness.SegmentReport;
import java.util.Locale;

/** The audit as CSV for compliance's spreadsheets: one line per segment, every measure with its interval. */
final class FairnessCsv {
    private static final String[] MEASURES = {"asa_seconds", "abandonment", "service_level", "top_empathy_share",
        "top_proficiency_share", "resolution", "complaint", "transfer", "csat"};

    private FairnessCsv() {
    }

    static String of(FairnessView view) {
        StringBuilder csv = new StringBuilder("dimension,segment,calls,flagged");
        for (String measure : MEASURES) {
            csv.append(',').append(measure).append(',').append(measure).append("_lower,").append(measure)
                    .append("_upper");
        }
        for (FavourableRate rate : FavourableRate.values()) {
            String name = rate.name().toLowerCase(Locale.ROOT);
            csv.append(",ratio_").append(name).append(",ratio_").append(name).append("_lower,ratio_").append(name)
                    .append("_upper,best_").append(name);
        }
        csv.append('\n');
        for (SegmentReport segment : view.segments()) {
            Measures m = segment.measures();
            csv.append(cell(segment.dimension())).append(',').append(cell(segment.segment())).append(',')
                    .append(m.calls()).append(',').append(segment.flagged());
            for (Estimate e : new Estimate[] {m.asaSeconds(), m.abandonment(), m.serviceLevel(), m.topEmpathyShare(),
                m.topProficiencyShare(), m.resolution(), m.complaint(), m.transfer(), m.csat()}) {
                csv.append(',').append(number(e.value())).append(',').append(number(e.lower())).append(',')
                        .append(number(e.upper()));
            }
            for (FavourableRate rate : FavourableRate.values()) {
                Disparity d = segment.disparities().stream().filter(x -> x.rate() == rate).findFirst().orElse(null);
                csv.append(d == null ? ",,,," : "," + number(d.ratio()) + "," + number(d.lower()) + ","
                        + number(d.upper()) + "," + cell(d.bestSegment()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs a segment value as a formula. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
