package charfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real telnet client, driven by expect on a terminal, as a person would use it. */
@Timeout(60)
class TelnetIT {

    private static final String SESSION = String.join("\n",
        "set timeout 10",
        "spawn telnet 127.0.0.1 [lindex $argv 0]",
        "expect {",
        "  \"?> \" {}",
        "  timeout { puts \"NO PROMPT\"; exit 2 }",
        "}",
        "send \"chess black\\r\"",
        "expect {",
        "  -re {U\\+265A\\s+\\S+\\s+BLACK CHESS KING} {}",
        "  timeout { puts \"NO ROWS\"; exit 3 }",
        "}",
        "expect {",
        "  -re {\\d+ matches for 'chess black'\\r\\n\\?> } {}",
        "  timeout { puts \"NO STATUS LINE\"; exit 4 }",
        "}",
        "send \"\\003\"",
        "expect {",
        "  eof { exit 0 }",
        "  timeout { puts \"STILL OPEN AFTER CTRL-C\"; exit 5 }",
        "}",
        "");

    @TempDir
    Path dir;

    private static boolean installed(String program) {
        for (String path : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(path, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void queryAndCtrlCInTheTelnetClient() throws Exception {
        assumeTrue(installed("telnet") && installed("expect"), "telnet and expect are installed by .ci/run");
        Path script = Files.writeString(dir.resolve("session.exp"), SESSION, StandardCharsets.UTF_8);
        try (ServeProcess serve = ServeProcess.start(dir, "--tcp-port", "0")) {
            Process expect = new ProcessBuilder("expect", script.toString(), String.valueOf(serve.port()))
                .redirectErrorStream(true)
                .start();
            String transcript = new String(expect.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(expect.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(expect.exitValue()).as("expect, transcript:%n%s", transcript).isZero();
            assertThat(transcript).contains("Connection closed by foreign host");

            serve.awaitLog("Received from /127\\.0\\.0\\.1:\\d+: 'chess black'$", Duration.ofSeconds(5));
            serve.awaitLog("Closed /127\\.0\\.0\\.1:\\d+ \\(client sent Ctrl-C\\)$", Duration.ofSeconds(5));
        }
    }
}
