package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first run of a fresh checkout: the launcher builds the jar (Maven, offline), then the
 * lookup builds the index cache. What the user reads on standard error is plain text: a line
 * saying a build is under way, then with {@code -v} the cache's story as INFO lines.
 */
class FirstRunIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void buildsInPlainTextAndTellsOfTheMissingCacheAsInfo() throws Exception {
        Path project = ProjectCopy.withSources(dir.resolve("project"));
        CliRun run = CliRun.launcherIn(project, Map.of("JAVA_HOME", CliRun.JAVA_HOME),
            "-v", "--cache-dir", dir.resolve("cache").toString(), "chess", "black");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).startsWith("U+265A\t♚\tBLACK CHESS KING").endsWith("(35 matches for 'chess black')");
        assertThat(run.err()).doesNotContain("\u001B");
        List<String> err = run.err().lines().toList();
        assertThat(err.get(0)).isEqualTo(
            "charfinder: building " + project.resolve("target/charfinder.jar") + " (first run or sources changed)...");
        // charfinder's own log lines; Maven 3.8 on Java 24 and later adds its own warnings about sun.misc.Unsafe.
        List<String> logged = err.stream().filter(line -> line.matches("\\S+ [A-Z]+ \\w+ - .*")).toList();
        assertThat(logged).isNotEmpty().allMatch(line -> line.matches("\\S+ INFO \\w+ - .*"))
            .anyMatch(line -> line.matches(".* INFO IndexCache - Index cache .* is missing: building it"));
    }
}
