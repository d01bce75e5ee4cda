package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the README says of control characters in a telnet session: inside a line one separates
 * words like punctuation, and the status line shows it escaped; at the start of a line, a tab
 * too, it ends the session once the lines before it are answered.
 */
@Timeout(30)
class ControlCharactersTcpTest {

    private static TestTcpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestTcpServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aControlCharacterInsideALineSeparatesWords() throws IOException {
        String expected = ExpectedText.answer(TestIndex.get(), "chess black")
            .replace(" matches for 'chess black'\r\n", " matches for 'chess\\x01black'\r\n");
        try (TestClient client = new TestClient(server.address())) {
            assertThat(client.read(3)).isEqualTo("?> ");
            client.send("chess\u0001black\r\n");
            assertThat(client.readUntil("\r\n?> ")).isEqualTo(expected).contains("U+265A\t♚\tBLACK CHESS KING\r\n");
        }
    }

    @Test
    void aTabAtTheStartOfALineEndsTheSessionAfterTheLinesBefore() throws IOException {
        try (TestClient client = new TestClient(server.address())) {
            assertThat(client.read(3)).isEqualTo("?> ");
            client.send("zwj\r\n\tzwj\r\nsun\r\n");
            // zwj is answered; the tab ends the session, so sun is not.
            assertThat(client.readToEnd(Duration.ofSeconds(10))).isEqualTo(ExpectedText.answer(TestIndex.get(), "zwj"));
        }
    }
}
