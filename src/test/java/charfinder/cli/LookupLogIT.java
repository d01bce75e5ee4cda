package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A lookup's log lines are written before the process exits, however slow the log's output: the
 * log's writer is a daemon thread, which the exit would otherwise cut short.
 */
@Timeout(120)
class LookupLogIT {

    private static final String CACHE = Path.of("target", "it-index-cache").toAbsolutePath().toString();

    @Test
    void aVerboseLookupWaitsForItsLogLineBeforeItExits() throws Exception {
        CliRun.launcherWithCache(CACHE, "chess", "black"); // the cache exists from here on
        CliRun run = mainWithSlowLog("--cache-dir", CACHE, "-v", "chess", "black");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).contains("U+265A\t♚\tBLACK CHESS KING");
        assertThat(run.err()).contains("slow log: Index loaded from cache");
    }

    /** charfinder's main class on the tests' class path, which has the slow output on it. */
    private static CliRun mainWithSlowLog(String... args) throws Exception {
        Path config = Path.of(LookupLogIT.class.getResource("slow-log.xml").toURI());
        List<String> command = new ArrayList<>(List.of("-Dlogback.configurationFile=" + config,
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return CliRun.java(command.toArray(String[]::new));
    }
}
