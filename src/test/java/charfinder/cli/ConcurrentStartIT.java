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
            assertThat(run.lines()).hasSize(34).startsWith("U+265A\t♚\tBLACK CHESS KING")
                .endsWith("(33 matches for 'chess black')");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(IndexCache.FILE_NAME));
        }
        assertThat(new IndexCache(dir).read().search("chess black").total()).isEqualTo(33);
        CliRun again = CliRun.finish(CliRun.startJar("-v", "--cache-dir", dir.toString(), "rook"));
        assertThat(again.err()).contains("loaded from cache");
    }
}
