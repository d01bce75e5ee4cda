package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.IndexCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Eight lookups started together with no cache: each answers, one valid cache file remains. */
class ConcurrentStartIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void eightProcessesAtOnceLeaveOneValidCache() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(CliRun.startJar("--cache-dir", dir.toString(), "chess", "black"));
        }
        for (Process process : processes) {
            CliRun run = CliRun.finish(process);
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.lines()).hasSize(36).startsWith("U+265A\t♚\tBLACK CHESS KING")
                .endsWith("(35 matches for 'chess black')");
        }
        // One cache, no temporary file left; the builders took turns on the lock file beside it.
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(dir.resolve(IndexCache.FILE_NAME),
                dir.resolve(IndexCache.FILE_NAME + ".lock"));
        }
        assertThat(new IndexCache(dir).read().search("chess black").total()).isEqualTo(35);
        CliRun again = CliRun.finish(CliRun.startJar("-v", "--cache-dir", dir.toString(), "rook"));
        assertThat(again.err()).contains("loaded from cache");
    }
}
