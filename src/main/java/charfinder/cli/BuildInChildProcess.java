package charfinder.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index cache in a separate JVM ({@code charfinder --build-cache}), for {@code serve}:
 * building reads all the data of every locale and needs several times the heap a server needs
 * to answer, which stays capped; the server then maps the file it wrote.
 */
final class BuildInChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(BuildInChildProcess.class);
    /** Enough for a build whatever the server's own cap. */
    static final String BUILD_HEAP = "-Xmx1g";
    private static final long TIMEOUT_MINUTES = 10;

    private BuildInChildProcess() {
    }

    /** Runs the build; answers whether it ended well (its log lines go to our standard error). */
    static boolean run(Path cacheDir) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), BUILD_HEAP,
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--build-cache",
            "--cache-dir", cacheDir.toString());
        try {
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(ProcessBuilder.Redirect.PIPE).start();
            child.getOutputStream().close();
            if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                LOG.warn("Building the index cache in a separate process took over {} minutes; building it here", TIMEOUT_MINUTES);
                return false;
            }
            return child.exitValue() == 0;
        } catch (IOException e) {
            LOG.warn("Cannot start a process to build the index cache ({}); building it here", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
