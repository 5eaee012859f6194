package dev.attune.simulation.trace;

import dev.attune.simulation.day.CapacityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One made-up morning of {@link SyntheticBankLog}: a small event simulation of a longest-idle centre with after-call
 * time, whose every call becomes a row in the Anonymous Bank log's format.
 */
final class SyntheticMorning {
    private final SplittableRandom random;
    private final CapacityModel capacity;
    private final int[] staffing;
    private final List<String> agents;
    private final double[] freeAt;
    private final double[] idleSince;
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparingDouble(Event::time).thenComparingLong(Event::order));
    private final List<Row> waiting = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private long order;

    private static final int ARRIVAL = -1;
    private static final int ABANDON = -2;

    /** An arrival or abandonment (caller set), an agent freed (agent set) or a new half hour (neither). */
    private record Event(double time, long order, Row caller, int agent) {
    }

    SyntheticMorning(SplittableRandom random, CapacityModel capacity) {
        this.random = random;
        this.capacity = capacity;
        this.staffing = SyntheticBankLog.staffing(capacity);
        this.agents = SyntheticBankLog.agentNames(SyntheticBankLog.AGENTS.length);
        this.freeAt = new double[agents.size()];
        this.idleSince = new double[agents.size()];
        Arrays.fill(idleSince, SyntheticBankLog.opens());
    }

    List<Row> run() {
        scheduleArrivals();
        for (int h = 1; h < staffing.length; h++) {
            schedule(SyntheticBankLog.opens() + h * CallLog.SLOT_SECONDS, null, ARRIVAL);
        }
        while (!events.isEmpty()) {
            Event event = events.poll();
            if (event.caller() != null && event.agent() == ARRIVAL) {
                waiting.add(event.caller());
            } else if (event.caller() != null && waiting.remove(event.caller())) {
                event.caller().abandon(event.time());
            }
            dispatch(event.time());
        }
        return rows;
    }

    private void scheduleArrivals() {
        double[] rates = SyntheticBankLog.rates();
        double t = SyntheticBankLog.opens();
        double closes = SyntheticBankLog.opens() + rates.length * CallLog.SLOT_SECONDS;
        double peak = Arrays.stream(rates).max().orElseThrow() / 60;
        while (true) {
            // thinning: candidates at the peak rate, kept with the half hour's share of it
            t += -Math.log(1 - random.nextDouble()) / peak;
            if (t >= closes) {
                return;
            }
            int slot = (int) ((t - SyntheticBankLog.opens()) / CallLog.SLOT_SECONDS);
            if (random.nextDouble() * peak < rates[slot] / 60) {
                Row caller = Row.caller(t, random);
                rows.add(caller);
                schedule(t, caller, ARRIVAL);
                schedule(t + caller.patience, caller, ABANDON);
            }
        }
    }

    /** Free agents on shift take the first caller in queue (high priority credited), longest idle first. */
    private void dispatch(double now) {
        while (!waiting.isEmpty()) {
            int agent = longestIdle(now);
            if (agent < 0) {
                return;
            }
            Row first = waiting.stream().min(Comparator.comparingDouble(Row::rank)).orElseThrow();
            waiting.remove(first);
            first.serve(now, agents.get(agent));
            double end = first.serviceStart + first.serviceTime;
            freeAt[agent] = end + capacity.afterCallSeconds(random.nextDouble());
            idleSince[agent] = freeAt[agent];
            schedule(freeAt[agent], null, agent);
        }
    }

    private int longestIdle(double now) {
        int slot = (int) ((now - SyntheticBankLog.opens()) / CallLog.SLOT_SECONDS);
        if (slot < 0 || slot >= staffing.length) {
            return -1;
        }
        int best = -1;
        for (int a = 0; a < staffing[slot]; a++) {
            if (freeAt[a] <= now && (best < 0 || idleSince[a] < idleSince[best])) {
                best = a;
            }
        }
        return best;
    }

    private void schedule(double time, Row caller, int agent) {
        events.add(new Event(time, order++, caller, agent));
    }

    /** One row of the log, as the simulation fills it in. */
    static final class Row {
        private final double arrival;
        private final int vruTime;
        private final int type;
        private final int priority;
        private final long customer;
        private final double patience;
        private String outcome = "HANG";
        private boolean queued = true;
        private double queueExit;
        private double serviceStart;
        private double serviceTime;
        private String server;
        private boolean negativeVru;

        private Row(double arrival, int vruTime, int type, int priority, long customer, double patience,
                double serviceTime) {
            this.arrival = arrival;
            this.vruTime = vruTime;
            this.type = type;
            this.priority = priority;
            this.customer = customer;
            this.patience = patience;
            this.serviceTime = serviceTime;
        }

        static Row caller(double arrival, SplittableRandom random) {
            int type = SyntheticBankLog.type(random);
            double u = random.nextDouble();
            int priority = u < 0.35 ? 0 : u < 0.8 ? 1 : 2;
            return new Row(arrival, 3 + random.nextInt(18), type, priority,
                    priority == 0 ? 0 : 10_000_000L + random.nextInt(89_999_999),
                    SyntheticBankLog.patienceSeconds(type, random), SyntheticBankLog.serviceSeconds(type, random));
        }

        static Row ivrHangUp(double arrival, SplittableRandom random) {
            Row row = new Row(arrival, 3 + random.nextInt(18), 0, 0, 0, 0, 0);
            row.queued = false;
            return row;
        }

        static Row phantom(double arrival, SplittableRandom random) {
            Row row = caller(arrival, random);
            row.serve(arrival + 5 + random.nextInt(60), null);
            row.outcome = "PHANTOM";
            return row;
        }

        /** A served call of a type the loader does not know (the real January has two "AA" rows). */
        static Row strayType(double arrival, SplittableRandom random) {
            Row row = new Row(arrival, 3 + random.nextInt(18), -1, 1, 0, 0, 60 + random.nextInt(240));
            row.serve(arrival, "ALPHA");
            return row;
        }

        double rank() {
            return priority == 2 ? arrival - SyntheticBankLog.highPriorityCredit() : arrival;
        }

        double vruEntry() {
            return arrival - vruTime;
        }

        String server() {
            return outcome.equals("AGENT") ? server : null;
        }

        void serve(double at, String agent) {
            outcome = "AGENT";
            server = agent;
            serviceStart = Math.floor(at);
            queued = serviceStart - Math.floor(arrival) >= 1;
            serviceTime = Math.round(serviceTime);
        }

        void abandon(double at) {
            queueExit = at;
        }

        void loseServer() {
            server = "NO_SERVER";
        }

        void negativeVruTime() {
            negativeVru = true;
        }

        String format(long callId, String date) {
            long entry = (long) Math.floor(arrival);
            long vruEntry = entry - vruTime;
            boolean hang = outcome.equals("HANG");
            long qExit = hang ? (long) Math.floor(queueExit) : (long) serviceStart;
            long qStart = queued ? entry : 0;
            long qTime = queued ? qExit - entry : 0;
            long serStart = hang ? 0 : (long) serviceStart;
            long serTime = hang ? 0 : (long) serviceTime;
            return String.join("\t", "AA0101", Long.toString(callId), Long.toString(customer),
                    Integer.toString(priority), type < 0 ? "AA" : SyntheticBankLog.typeName(type), date,
                    clock(vruEntry), clock(entry), Integer.toString(negativeVru ? -vruTime : vruTime),
                    clock(qStart), clock(queued ? qExit : 0), Long.toString(qTime), outcome, clock(serStart),
                    clock(hang ? 0 : serStart + serTime), Long.toString(serTime),
                    hang || server == null ? "NO_SERVER" : server);
        }

        private static String clock(long seconds) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
    }
}
