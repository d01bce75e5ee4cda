package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Every {@code console} example of the README and of docs/ prints what the page shows: the
 * command line through the real launcher, curl against a real {@code serve}, and telnet sessions
 * over a socket to the same server. In an example's output a line {@code ...} stands for any
 * number of lines; every other line must be exactly there, in order. An example written in a
 * {@code console} block that this test cannot run fails it: show such text in a {@code text} block.
 */
@Timeout(300)
class DocsExamplesIT {

    private static final Path DIR = CliRun.ROOT.resolve("target/it-docs-examples").toAbsolutePath();
    private static final Path CACHE = DIR.resolve("cache");
    private static final Pattern TELNET = Pattern.compile("telnet localhost 2323");
    /** Ctrl-C as the telnet client sends it: Interrupt Process, then Do Timing Mark. */
    private static final byte[] CTRL_C = {(byte) 0xFF, (byte) 0xF4, (byte) 0xFF, (byte) 0xFD, 0x06};

    private static ServeProcess serve;

    record Example(String where, String command, List<String> expected) {
    }

    @BeforeAll
    static void startServe() throws Exception {
        Files.createDirectories(DIR);
        // The first lookup builds the cache that the examples and the server share.
        CliRun built = CliRun.launcherWithCache(CACHE.toString(), "sun");
        assertThat(built.status()).as(built.err()).isZero();
        serve = ServeProcess.start(DIR, "--tcp-port", "0");
        serve.port();
    }

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve != null) {
            serve.terminate(Duration.ofSeconds(10));
            serve.close();
        }
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(CliRun.ROOT.resolve("README.md")));
        Path folder = CliRun.ROOT.resolve("docs");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        }
        return docs;
    }

    /** The commands of every {@code console} block, each with the lines shown after it. */
    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        boolean inConsole = false;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inConsole) {
                inConsole = line.strip().equals("```console");
                continue;
            }
            if (line.strip().equals("```")) {
                inConsole = false;
                current = null;
            } else if (line.startsWith("$ ")) {
                current = new Example(CliRun.ROOT.relativize(doc) + ":" + (i + 1), line.substring(2), new ArrayList<>());
                examples.add(current);
            } else if (current == null) {
                throw new AssertionError(doc + ":" + (i + 1) + ": a console block must start with a command ($ ...)");
            } else {
                current.expected().add(line);
            }
        }
        return examples;
    }

    @Test
    void theReadmeHasExamplesOfEveryKind() throws IOException {
        List<String> commands = examples(CliRun.ROOT.resolve("README.md")).stream().map(Example::command).toList();
        assertThat(commands).anyMatch(c -> c.startsWith("./charfinder "))
            .anyMatch(c -> c.startsWith("curl "))
            .anyMatch(c -> TELNET.matcher(c).matches());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleShowsWhatTheProgramPrints() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            for (Example example : examples(doc)) {
                tests.add(DynamicTest.dynamicTest(example.where() + " $ " + example.command(), () -> check(example)));
            }
        }
        return tests.stream();
    }

    private static void check(Example example) throws Exception {
        String command = example.command();
        List<String> actual;
        if (command.equals("./charfinder serve")) {
            // The rest of the first line says how the index came and names a path of the machine.
            String banner = serve.banner.replace(":" + serve.port() + " ", ":2323 ")
                .replace(":" + serve.httpPort() + "/", ":8888/");
            String upToTheIndex = banner.substring(0, banner.indexOf("; index ") + "; index ".length());
            assertThat(example.expected()).singleElement().asString().startsWith(upToTheIndex);
            return;
        } else if (TELNET.matcher(command).matches()) {
            actual = telnet(example.expected());
        } else if (command.startsWith("./charfinder ")) {
            actual = bash(command.replace("./charfinder ", "./charfinder --cache-dir '" + CACHE + "' "));
        } else if (command.startsWith("curl ")) {
            assumeTrue(installed("curl"), "curl is not installed");
            actual = bash(command.replace("localhost:8888", "127.0.0.1:" + serve.httpPort()));
        } else {
            fail(example.where() + ": the console example `" + command + "` is none this test can run"
                + " (./charfinder ..., curl ... localhost:8888 ..., telnet localhost 2323); show it in a text block");
            return;
        }
        if (!matches(example.expected(), 0, actual, 0)) {
            fail(example.where() + ": `" + command + "` printed\n" + String.join("\n", actual)
                + "\n\nbut the page shows\n" + String.join("\n", example.expected()));
        }
    }

    /** Whether {@code actual} from line {@code a} on is {@code expected} from line {@code e} on, {@code ...} for any lines. */
    static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    /** Runs the command in bash in the project's folder, as a terminal shows it: both outputs, in order. */
    private static List<String> bash(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(CliRun.ROOT.toFile())
            .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("CHARFINDER_JAVA_OPTS");
        builder.environment().remove("LC_ALL");
        // --info adds the keywords of LANG's language: C gives English alone, as the examples show.
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("`" + command + "` did not end within 60 s");
        }
        return lines(new String(out, StandardCharsets.UTF_8));
    }

    /**
     * A telnet session as the page shows it: the client's own lines first, then each {@code ?> }
     * prompt with what was typed after it ({@code ^C} is Ctrl-C), the server's answers, and the
     * client's line when the server closes. The typed lines are sent at once, as a fast typist
     * would; the server answers them in order.
     */
    private static List<String> telnet(List<String> shown) throws IOException {
        List<String> typed = new ArrayList<>();
        List<String> clientLines = new ArrayList<>();
        for (String line : shown) {
            if (line.startsWith("?> ")) {
                typed.add(line.substring(3));
            } else if (typed.isEmpty()) {
                clientLines.add(line); // Trying..., Connected to..., Escape character is...
            }
        }
        assertThat(clientLines).containsExactly("Trying 127.0.0.1...", "Connected to localhost.", "Escape character is '^]'.");
        String reply;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port())) {
            socket.setSoTimeout(20_000);
            for (String line : typed) {
                socket.getOutputStream().write(line.equals("^C") ? CTRL_C : (line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!typed.contains("^C")) {
                socket.shutdownOutput();
            }
            try (InputStream in = socket.getInputStream()) {
                reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        StringBuilder screen = new StringBuilder(String.join("\n", clientLines)).append('\n');
        int from = 0;
        for (String line : typed) {
            int prompt = reply.indexOf("?> ", from);
            assertThat(prompt).as("a prompt for %s in %s", line, reply).isNotNegative();
            screen.append(reply, from, prompt + 3).append(line).append('\n');
            from = prompt + 3;
        }
        String rest = reply.substring(from);
        screen.append(rest).append(rest.isEmpty() || rest.endsWith("\n") ? "" : "\n").append("Connection closed by foreign host.\n");
        return lines(screen.toString());
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Test
    void dotsStandForAnyLinesAndNothingElse() {
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c", "d"), 0)).isTrue();
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "d"), 0)).isTrue();
        assertThat(matches(List.of("a", "...", "d"), 0, List.of("a", "b", "c"), 0)).isFalse();
        assertThat(matches(List.of("a", "c"), 0, List.of("a", "b", "c"), 0)).isFalse();
        assertThat(matches(List.of("a"), 0, List.of("a", "b"), 0)).isFalse();
    }

    private static boolean installed(String program) {
        for (String path : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(path, program))) {
                return true;
            }
        }
        return false;
    }
}
