package charfinder.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.index.TestIndex;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Aliases, Unicode 17.0, keywords, suggestions and query errors over a real telnet session. */
@Timeout(30)
class SearchFeaturesTcpTest {

    private static TestTcpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestTcpServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String ask(TestClient client, String query) throws IOException {
        client.send(query + "\r\n");
        return client.readUntil("\r\n?> ");
    }

    @Test
    void aliasesUnicode17KeywordsAndSuggestions() throws IOException {
        try (TestClient client = new TestClient(server.address())) {
            assertThat(client.read(3)).isEqualTo("?> ");
            assertThat(ask(client, "zwj")).contains("U+200D\t[format]\tZERO WIDTH JOINER\talias: ZWJ\r\n")
                .isEqualTo(ExpectedText.answer(TestIndex.get(), "zwj"));
            assertThat(ask(client, "melting face")).startsWith("U+1FAE0\t🫠\tMELTING FACE\r\n");
            assertThat(ask(client, "고양이")).contains("U+1F431\t🐱\tCAT FACE\tkeyword (ko): ");
            assertThat(ask(client, "kngiht")).startsWith("No match for 'kngiht'\r\nDid you mean 'knight', 'night'")
                .endsWith("?\r\n?> ");
            assertThat(ask(client, "s*")).isEqualTo("Error: s* matches more than 2000 words; make the prefix longer\r\n?> ");
            assertThat(ask(client, "U+0378..U+0379")).isEqualTo(
                "U+0378\t[unassigned]\t<unassigned-0378>\r\nU+0379\t[unassigned]\t<unassigned-0379>\r\n"
                    + "2 matches for 'U+0378..U+0379'\r\n?> ");
        }
    }
}
