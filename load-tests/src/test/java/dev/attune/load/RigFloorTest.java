package dev.attune.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.local.LocalKafka;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rig's floor as its README command gives it: steps against the stub router, a table, nothing lost. */
class RigFloorTest {
    @Test
    void stepsTheRateAgainstTheStubRouterAndPrintsTheTable(@TempDir Path out) throws Exception {
        try (LocalKafka kafka = LocalKafka.start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            boolean clean = RigFloor.run(LoadOptions.parse("--kafka", kafka.bootstrapServers(), "--quick",
                    "--agents", "30", "--rates", "10", "--step-seconds", "3", "--out", out.toString()),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            String table = printed.toString(StandardCharsets.UTF_8);
            assertTrue(clean, "nothing lost or offered twice:\n" + table);
            assertTrue(table.contains("stub router in the service's place") && table.contains("verdict"), table);
            assertTrue(table.lines().anyMatch(line -> line.trim().startsWith("30") && line.contains(" 10 ")), table);
        }
    }
}
