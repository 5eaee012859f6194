package dev.attune.simulation.trace;

import dev.attune.simulation.day.CapacityModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A made-up month of mornings in the Anonymous Bank log's format, generated at test time so that no file standing in
 * for the real log is kept in the repository (tests run without the data folder). Nothing in it comes from the real
 * log: calls arrive as a Poisson process whose rate rises to a mid-morning peak, with the bank's mix of call types
 * and priorities; each waits for the longest-idle agent on shift (high priority 90 s ahead), abandons after an
 * exponential patience, is served for a log-normal time, and keeps its agent away afterwards for an after-call time
 * drawn from the shipped capacity model. So the centre is the process the calibrated replay models, and as busy as
 * the bank's. Each day also carries the real file's known defects (CRLF line ends, PHANTOM rows, hang-ups in the
 * IVR, an AGENT row with NO_SERVER, a negative vru_time, a stray AA type), one of each, for the loader to report.
 *
 * <p>Written to {@code target/synthetic-anonymous-bank/january.txt}: a folder laid out as the data folder is (the
 * what-if reads {@code <month>.txt}), whose name says what it holds.
 */
public final class SyntheticBankLog {
    /** Where the tests' configuration ({@code %test.attune.what-if.data}) looks for it. */
    public static final Path FOLDER = Path.of("target", "synthetic-anonymous-bank");
    public static final long SEED = 19990101L;
    public static final int DAYS = 5;
    static final String[] AGENTS = {"ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA",
            "JULIET", "KILO", "LIMA", "MIKE", "NOVEMBER"};
    /** Arrivals per minute in each half hour from 7:00 to 13:00. */
    private static final double[] RATE = {0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.7, 1.7, 1.6, 1.5, 1.4, 1.3};
    private static final int OPENS = 7 * 3600;
    private static final String[] TYPES = {"PS", "PE", "IN", "NE", "NW", "TT"};
    private static final double[] TYPE_SHARE = {0.62, 0.08, 0.09, 0.08, 0.08, 0.05};
    private static final double[] SERVICE_MEAN = {180, 200, 230, 260, 140, 210};
    private static final double[] PATIENCE_MEAN = {420, 420, 360, 480, 240, 420};
    private static final double HIGH_PRIORITY_CREDIT = 90;

    private SyntheticBankLog() {
    }

    /** The folder holding january.txt, written (or rewritten when the generator changed) before it is returned. */
    public static Path folder() {
        return write(FOLDER);
    }

    /** Writes january.txt into {@code folder} unless it already holds exactly this text. */
    public static synchronized Path write(Path folder) {
        String text = generate(SEED, DAYS, CapacityModel.read(Path.of("config", "simulation", "capacity.json")));
        Path file = folder.resolve("january.txt");
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.ISO_8859_1).equals(text)) {
                return folder;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "january", ".partial");
            Files.writeString(partial, text, StandardCharsets.ISO_8859_1);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic call log in " + folder, e);
        }
    }

    /** The log's text: a header and one CRLF-ended row per call, days 1 January 1999 onwards. */
    public static String generate(long seed, int days, CapacityModel capacity) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder("vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit"
                + "\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\r\n");
        long callId = 1;
        for (int day = 1; day <= days; day++) {
            List<SyntheticMorning.Row> rows = new SyntheticMorning(random.split(), capacity).run();
            plantDefects(rows, random.split(), day == 1);
            String date = String.format(Locale.ROOT, "9901%02d", day);
            for (SyntheticMorning.Row row : rows) {
                out.append(row.format(callId++, date)).append("\r\n");
            }
        }
        return out.toString();
    }

    /** One of each defect the real file has, so the loader's report is exercised on every generated day. */
    private static void plantDefects(List<SyntheticMorning.Row> rows, SplittableRandom random, boolean strayType) {
        List<SyntheticMorning.Row> served = rows.stream().filter(r -> r.server() != null).toList();
        served.get(random.nextInt(served.size())).loseServer();
        served.get(random.nextInt(served.size())).negativeVruTime();
        for (int i = 0; i < 2; i++) {
            rows.add(SyntheticMorning.Row.ivrHangUp(OPENS + random.nextDouble() * RATE.length * 1800, random));
        }
        rows.add(SyntheticMorning.Row.phantom(OPENS + random.nextDouble() * RATE.length * 1800, random));
        if (strayType) {
            rows.add(SyntheticMorning.Row.strayType(OPENS + random.nextDouble() * RATE.length * 1800, random));
        }
        rows.sort((a, b) -> Double.compare(a.vruEntry(), b.vruEntry()));
    }

    static int opens() {
        return OPENS;
    }

    static double[] rates() {
        return Arrays.copyOf(RATE, RATE.length);
    }

    static int type(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < TYPES.length - 1; i++) {
            u -= TYPE_SHARE[i];
            if (u < 0) {
                return i;
            }
        }
        return TYPES.length - 1;
    }

    static String typeName(int type) {
        return TYPES[type];
    }

    static double serviceSeconds(int type, SplittableRandom random) {
        // log-normal with a coefficient of variation of 1, as the bank's service times roughly have
        double sigma2 = Math.log(2);
        double mu = Math.log(SERVICE_MEAN[type]) - sigma2 / 2;
        return Math.max(2, Math.exp(mu + Math.sqrt(sigma2) * gaussian(random)));
    }

    static double patienceSeconds(int type, SplittableRandom random) {
        return -PATIENCE_MEAN[type] * Math.log(1 - random.nextDouble());
    }

    static double highPriorityCredit() {
        return HIGH_PRIORITY_CREDIT;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Agents on shift in each half hour: enough for the offered load (service and after-call) plus a few. */
    static int[] staffing(CapacityModel capacity) {
        double meanService = 0;
        for (int i = 0; i < TYPES.length; i++) {
            meanService += TYPE_SHARE[i] * SERVICE_MEAN[i];
        }
        double work = (meanService + capacity.meanAfterCallSeconds()) / 60;
        int[] staff = new int[RATE.length];
        for (int h = 0; h < RATE.length; h++) {
            staff[h] = Math.min(AGENTS.length, (int) Math.round(RATE[h] * work + 0.6));
        }
        return staff;
    }

    static List<String> agentNames(int count) {
        return new ArrayList<>(Arrays.asList(AGENTS).subList(0, count));
    }
}
