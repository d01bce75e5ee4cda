package charfinder.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real launcher or jar as a process and keeps what it printed. */
record CliRun(int status, String out, String err) {

    static final Path ROOT = Path.of(System.getProperty("charfinder.root", "."));
    static final Path JAR = Path.of(System.getProperty("charfinder.jar", "target/charfinder.jar"));
    /** The JDK the tests run on; give it to the launcher as {@code JAVA_HOME} to have it run the same. */
    static final String JAVA_HOME = System.getProperty("java.home");

    List<String> lines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }

    static CliRun launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launcherIn(ROOT, env, args);
    }

    /** The launcher of the project (or copy of it) in {@code root}. */
    static CliRun launcherIn(Path root, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return finish(startLauncherIn(root, env, args));
    }

    static Process startLauncherIn(Path root, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("charfinder").toString());
        command.addAll(List.of(args));
        return start(command, env);
    }

    /** The launcher with {@code --cache-dir cacheDir} before the arguments. */
    static CliRun launcherWithCache(String cacheDir, String... args) throws IOException, InterruptedException {
        List<String> withCache = new ArrayList<>(List.of("--cache-dir", cacheDir));
        withCache.addAll(List.of(args));
        return launcher(Map.of(), withCache.toArray(String[]::new));
    }

    static Process startJar(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** A JVM of the JDK the tests run on, with these arguments. */
    static CliRun java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(List.of(args));
        return finish(start(command, Map.of()));
    }

    static CliRun finish(Process process) throws IOException, InterruptedException {
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("charfinder did not end within 60 s");
        }
        return new CliRun(process.exitValue(), new String(out, StandardCharsets.UTF_8),
            new String(err, StandardCharsets.UTF_8));
    }

    private static Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CHARFINDER_JAVA_OPTS");
        builder.environment().putAll(env);
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            }
        });
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(JAVA_HOME, "bin", "java").toString();
    }
}
