package charfinder.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar charfinder.jar serve ...} as a child process, its log in a file. */
final class ServeProcess implements Closeable {

    private static final Pattern SERVING = Pattern.compile("serves telnet on 127\\.0\\.0\\.1:(\\d+) ");
    private static final Pattern SERVING_WEB = Pattern.compile("the web on http://127\\.0\\.0\\.1:(\\d+)/ ");

    final Process process;
    final Path log;
    final String banner;

    private ServeProcess(Process process, Path log, String banner) {
        this.process = process;
        this.log = log;
        this.banner = banner;
    }

    static Path jar() {
        String jar = System.getProperty("charfinder.jar");
        if (jar == null) {
            throw new IllegalStateException("the system property charfinder.jar is not set: run the ITs with mvn verify");
        }
        return Path.of(jar);
    }

    /** Runs {@code serve} with these arguments; returns when it has printed its first line or exited. */
    static ServeProcess start(Path dir, String... serveArgs) throws Exception {
        return start(dir, true, serveArgs);
    }

    /**
     * Runs {@code serve} with its standard error in a pipe that nobody reads until the test does
     * ({@link #process}'s error stream), like a paused terminal or {@code serve 2>&1 | less}.
     */
    static ServeProcess startWithStuckStandardError(Path dir, String... serveArgs) throws Exception {
        return start(dir, false, serveArgs);
    }

    /** Builds the index cache in {@code dir} with a lookup, so that serve has nothing to log at start. */
    static void buildCache(Path dir) throws Exception {
        Process lookup = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar", jar().toString(), "--cache-dir", dir.resolve("cache").toString(), "sun")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!lookup.waitFor(30, TimeUnit.SECONDS) || lookup.exitValue() != 0) {
            throw new AssertionError("the lookup that builds the cache failed");
        }
    }

    /** Runs {@code serve} under a shell that first lowers the limit of open files to {@code files}. */
    static ServeProcess startWithFileLimit(Path dir, int files, String... serveArgs) throws Exception {
        return start(dir, true, files, serveArgs);
    }

    /** Runs {@code serve} in a JVM with these options before {@code -jar}. */
    static ServeProcess startWithJavaOptions(Path dir, List<String> javaOptions, String... serveArgs) throws Exception {
        return start(dir, true, 0, javaOptions, serveArgs);
    }

    private static ServeProcess start(Path dir, boolean logToFile, String... serveArgs) throws Exception {
        return start(dir, logToFile, 0, serveArgs);
    }

    private static ServeProcess start(Path dir, boolean logToFile, int fileLimit, String... serveArgs) throws Exception {
        return start(dir, logToFile, fileLimit, List.of(), serveArgs);
    }

    private static ServeProcess start(Path dir, boolean logToFile, int fileLimit, List<String> javaOptions,
                                      String... serveArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar().toString(), "serve", "--cache-dir", dir.resolve("cache").toString()));
        command.addAll(List.of(serveArgs));
        if (!command.contains("--http-port")) {
            command.addAll(List.of("--http-port", "0"));
        }
        if (fileLimit > 0) {
            // bash runs "$@" after ulimit: the arguments are passed as they are, never parsed.
            List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + fileLimit + " && exec \"$@\"", "serve"));
            wrapped.addAll(command);
            command = wrapped;
        }
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(command);
        if (logToFile) {
            builder.redirectError(log.toFile());
        }
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String banner;
        try {
            banner = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // No test holds the process yet to close it: without this it would outlive the test run.
            process.destroyForcibly();
            throw e;
        }
        return new ServeProcess(process, log, banner);
    }

    int port() {
        Matcher m = SERVING.matcher(banner == null ? "" : banner);
        if (!m.find()) {
            throw new AssertionError("no port in the first line: " + banner + "\nlog:\n" + log());
        }
        return Integer.parseInt(m.group(1));
    }

    int httpPort() {
        Matcher m = SERVING_WEB.matcher(banner == null ? "" : banner);
        if (!m.find()) {
            throw new AssertionError("no web port in the first line: " + banner + "\nlog:\n" + log());
        }
        return Integer.parseInt(m.group(1));
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the log holds a line matching {@code regex}. */
    String awaitLog(String regex, Duration within) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(log());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no log line like " + regex + " within " + within + "; log:\n" + log());
    }

    /** Sends SIGTERM and returns the exit status. */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("serve did not stop within " + within + " of SIGTERM; log:\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
