package dev.attune.simulation.day;

/** The measures a policy comparison reports, with their unit and which direction is better. */
public enum DayMetric {
    SERVICE_LEVEL("service level (answered < 20 s) %", true),
    ASA("average speed of answer (s)", false),
    ABANDONMENT("abandonment %", false),
    HIGH_CARE_TOP_EMPATHY("high-care callers served by top-quartile-empathy agents %", true),
    HIGH_CARE_CEILING("hindsight ceiling of that share (top-quartile agent in reach) %", true),
    LOST_PASSED_OVER("  lost to the ceiling: a free top agent passed over at answer %", false),
    LOST_TAKEN_FIRST("  lost: the top agent free on arrival went to another caller first %", false),
    LOST_NOT_HELD("  lost: top agent about to free, caller not held (or not long enough) %", false),
    DISTRESS_WEIGHTED_EMPATHY("distress-weighted empathy match", true),
    MAX_EMOTIONAL_LOAD("highest emotional load any agent carried", false),
    COMPLAINT_RATE("modelled complaint rate %", false),
    RESOLUTION_RATE("modelled resolution rate %", true),
    DISTRESS_AT_END("mean distress at end of call", false),
    OCCUPANCY_SPREAD("occupancy spread across agents (sd, points)", false);

    private final String label;
    private final boolean higherIsBetter;

    DayMetric(String label, boolean higherIsBetter) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
