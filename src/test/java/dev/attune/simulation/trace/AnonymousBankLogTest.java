package dev.attune.simulation.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymousBankLogTest {
    static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time"
            + "\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver";

    @Test
    void readsGoodRowsAndReportsEveryKindOfDefectWithoutThrowing() throws Exception {
        String log = String.join("\r\n",
                HEADER,
                "AA0101\t1\t9664491\t2\tPS\t990101\t7:00:31\t7:00:36\t5\t7:00:36\t7:03:09\t153\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER",
                "AA0101\t2\t27997683\t2\tPS\t990101\t6:55:20\t6:55:26\t6\t6:55:26\t6:55:43\t17\tAGENT\t6:55:43\t6:56:37\t54\tMICHAL",
                "AA0101\t3\t0\t0\tNE\t990101\t7:41:16\t7:41:26\t10\t0:00:00\t0:00:00\t0\tAGENT\t7:41:25\t7:44:53\t208\tBASCH",
                "AA0101\t4\t0\t0\tPS\t990101\t0:34:12\t0:34:23\t11\t0:00:00\t0:00:00\t0\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER",
                "AA0101\t5\t0\t0\tPS\t990101\t8:00:00\t8:00:10\t10\t0:00:00\t0:00:00\t0\tPHANTOM\t0:00:00\t0:00:00\t0\tNO_SERVER",
                "AA0101\t6\t0\t0\tPS\t990101\t8:00:00\t8:00:10\t10\t0:00:00\t0:00:00\t0\tAGENT",
                "AA0101\t7\t0\t0\tAA\t990101\t8:00:00\t8:00:10\t10\t0:00:00\t0:00:00\t0\tAGENT\t8:00:10\t8:01:10\t60\tDORIT",
                "AA0101\t8\t0\t1\tPS\t990101\t9:00:00\t9:00:10\t10\t0:00:00\t0:00:00\t0\tAGENT\t9:00:10\t9:02:10\t120\tNO_SERVER",
                "AA0101\t9\t0\t1\tPS\t990101\t9:10:00\t9:10:10\t-3\t0:00:00\t0:00:00\t0\tAGENT\t9:10:10\t9:12:10\t120\tDORIT",
                "AA0101\t10\t0\t1\tPS\t9901x1\t9:10:00\t9:10:10\t10\t0:00:00\t0:00:00\t0\tAGENT\t9:10:10\t9:12:10\t120\tDORIT",
                "");
        CallLog calls = AnonymousBankLog.read("test", new BufferedReader(new StringReader(log)));

        LogDefects defects = calls.defects();
        assertEquals(1, defects.count(AnonymousBankLog.WRONG_FIELD_COUNT));
        assertEquals(1, defects.count(AnonymousBankLog.UNKNOWN_TYPE));
        assertEquals(1, defects.count(AnonymousBankLog.PHANTOM));
        assertEquals(1, defects.count(AnonymousBankLog.HUNG_UP_IN_IVR));
        assertEquals(1, defects.count(AnonymousBankLog.SERVED_BY_NO_SERVER));
        assertEquals(1, defects.count(AnonymousBankLog.NEGATIVE_VRU_TIME));
        assertEquals(1, defects.count(AnonymousBankLog.UNREADABLE));
        assertTrue(defects.describe().contains("lines 7"), defects.describe());

        List<LoggedCall> day = calls.days().get(LocalDate.of(1999, 1, 1));
        assertEquals(List.of(2L, 1L, 3L, 8L, 9L), day.stream().map(LoggedCall::callId).toList());
        LoggedCall hang = day.get(1);
        assertTrue(hang.abandoned());
        assertEquals(153, hang.queueTime());
        LoggedCall direct = day.get(2);
        assertFalse(direct.abandoned());
        assertEquals(7 * 3600 + 41 * 60 + 25, direct.queueEntry());
        assertEquals(0, direct.queueTime());
        assertEquals(208, direct.serviceTime());
        assertNull(day.get(3).server());
        assertEquals(List.of("BASCH", "DORIT", "MICHAL"), calls.agents());
        // MICHAL served 6:55:43-6:56:37: the 6:30 half hour (slot 13)
        assertTrue(calls.staffing().get(LocalDate.of(1999, 1, 1)).get("MICHAL").get(13));
    }

    @Test
    void readsTheRealJanuaryAndFebruaryLogsWhenPresent() {
        Path folder = Path.of("..", "shared", "data", "anonymous-bank");
        assumeTrue(Files.isRegularFile(folder.resolve("january.txt")), "Anonymous Bank data not present");
        CallLog january = AnonymousBankLog.read(folder.resolve("january.txt"));
        CallLog february = AnonymousBankLog.read(folder.resolve("february.txt"));
        for (CallLog month : List.of(january, february)) {
            assertTrue(month.callCount() > 25_000, month.name() + ": " + month.callCount());
            assertTrue(month.days().size() >= 28, month.name() + " days: " + month.days().size());
            assertTrue(month.agents().size() >= 20, month.name() + " agents: " + month.agents());
            assertTrue(month.defects().count(AnonymousBankLog.SERVED_BY_NO_SERVER) > 0);
            assertTrue(month.defects().count(AnonymousBankLog.PHANTOM) > 0);
        }
        assertEquals(2, january.defects().count(AnonymousBankLog.UNKNOWN_TYPE));
        assertTrue(january.defects().count(AnonymousBankLog.NEGATIVE_VRU_TIME) > 0);
    }
}
