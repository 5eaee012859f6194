package dev.attune.fault;

import java.time.Duration;

/** The faults of issue 11, each with its command-line name and the length of the outage it causes. */
enum Scenario {
    KILL9("kill9", "kill -9 the service with calls waiting, offers ringing and calls connected; restart it", 0),
    FREEZE("freeze", "SIGSTOP the service for 20 s, then SIGCONT", 20),
    BROKER30("broker30", "stop the Kafka broker for 30 s, then start it again on the same port and data", 30),
    BROKER_TIMEOUT("broker-timeout", "stop the broker for 150 s, past the producers' 120 s delivery timeout", 150),
    BROKER_FROZEN("broker-frozen", "SIGSTOP the broker's JVM for 30 s (frozen, connections hang), then SIGCONT", 30),
    POSTGRES30("postgres30", "stop PostgreSQL (pg_ctl stop -m fast) for 30 s, then start it on the same data", 30),
    POSTGRES300("postgres300", "stop PostgreSQL for 5 minutes, then start it on the same data", 300),
    KILL_ONE_OF_THREE("kill1of3", "three instances in one group; kill -9 the one owning the most pools, under load; "
            + "the other two take its pools", 0),
    MALFORMED("malformed", "the malformed corpus, one record at the broker's size limit, among live traffic", 0),
    OVERLOAD("overload", "arrivals at --overload-rate (1,000/s) for 60 s, then the base rate again; the heap watched", 60);

    private final String option;
    private final String description;
    private final int outageSeconds;

    Scenario(String option, String description, int outageSeconds) {
        this.option = option;
        this.description = description;
        this.outageSeconds = outageSeconds;
    }

    String option() {
        return option;
    }

    String description() {
        return description;
    }

    Duration outage(double scale) {
        return Duration.ofMillis(Math.round(outageSeconds * 1000 * scale));
    }
}
