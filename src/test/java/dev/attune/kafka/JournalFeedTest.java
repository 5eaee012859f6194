package dev.attune.kafka;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures make the journal feed wait for the database, and which make it skip one entry. */
class JournalFeedTest {

    @Test
    void aDatabaseOutOfReachIsWaitedFor() {
        assertTrue(JournalFeed.unreachable(new IllegalStateException(new ConnectException("refused"))));
        assertTrue(JournalFeed.unreachable(new RuntimeException(new SQLException("connection reset", "08006"))));
    }

    @Test
    void aValueTheDatabaseWillNeverTakeIsNotAnOutage() {
        assertFalse(JournalFeed.unreachable(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(JournalFeed.unreachable(new IllegalArgumentException("bad")));
    }
}
