package charfinder.tcp;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import charfinder.index.UnicodeNameIndex;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The whole service over real sockets on an ephemeral port of 127.0.0.1. */
@Timeout(30)
class TcpServerTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(1);

    private static UnicodeNameIndex index;
    private static EventLoopGroup group;
    private static TcpServer server;

    @BeforeAll
    static void start() throws IOException {
        index = TestIndex.get();
        group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        server = TcpServer.start(group, "127.0.0.1", 0, index, TcpSettings.defaults().withMaxSessions(2000));
    }

    @AfterAll
    static void stop() {
        server.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static TestClient connect() throws IOException {
        TestClient client = new TestClient(server.address());
        assertThat(client.read(3)).isEqualTo("?> ");
        return client;
    }

    private static String answer(String query) {
        return ExpectedText.answer(index, query);
    }

    @Test
    void greetsWithThePrompt() throws IOException {
        try (TestClient client = new TestClient(server.address())) {
            assertThat(client.read(3)).isEqualTo("?> ");
        }
    }

    @Test
    void answersWithRowsAndStatusLineEndingInCrLf() throws IOException {
        try (TestClient client = connect()) {
            client.send("chess black\r\n");
            String text = client.readUntil("\r\n?> ");
            assertThat(text).isEqualTo(answer("chess black"))
                .startsWith("U+265A\t♚\tBLACK CHESS KING\r\n")
                .endsWith(" matches for 'chess black'\r\n?> ");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        }
    }

    @Test
    void anEmptyLineGetsThePromptAgain() throws IOException {
        try (TestClient client = connect()) {
            client.send("\r\n");
            assertThat(client.read(3)).isEqualTo("?> ");
            client.send("\n");
            assertThat(client.read(3)).isEqualTo("?> ");
        }
    }

    @Test
    void answersTheThreeKindsOfQuery() throws IOException {
        try (TestClient client = connect()) {
            client.send("U+2657 u+1f600\n");
            assertThat(client.readUntil("?> ")).isEqualTo(
                "U+2657\t♗\tWHITE CHESS BISHOP\r\nU+1F600\t😀\tGRINNING FACE\r\n2 matches for 'U+2657 u+1f600'\r\n?> ");
            client.send("☃♜\n");
            assertThat(client.readUntil("?> ")).isEqualTo(
                "U+2603\t☃\tSNOWMAN\r\nU+265C\t♜\tBLACK CHESS ROOK\r\n2 matches for '☃♜'\r\n?> ");
            client.send("white bishop\n");
            assertThat(client.readUntil("?> ")).isEqualTo(answer("white bishop")).contains("WHITE CHESS BISHOP");
            client.send("jabberwocky's vest\n");
            assertThat(client.readUntil("?> ")).isEqualTo("No match for \"jabberwocky's vest\"\r\n?> ");
        }
    }

    @Test
    void aCodePointAboveTheLastGetsAnErrorAndTheSessionGoesOn() throws IOException {
        try (TestClient client = connect()) {
            client.send("U+110000\n");
            assertThat(client.readUntil("?> ")).isEqualTo("Error: " + ExpectedText.error(index, "U+110000") + "\r\n?> ");
            client.send("sun\n");
            assertThat(client.readUntil("\r\n?> ")).isEqualTo(answer("sun"));
        }
    }

    @Test
    void telnetCtrlCWithoutNewlineClosesTheSessionPromptly() throws IOException {
        try (TestClient client = connect()) {
            client.send(new byte[] {(byte) 0xFF, (byte) 0xF4, (byte) 0xFF, (byte) 0xFD, 0x06});
            assertThat(client.readToEnd(PROMPTLY)).isEmpty();
        }
    }

    @Test
    void aLineStartingWithAControlCharacterClosesTheSession() throws IOException {
        try (TestClient client = connect()) {
            client.send("\u001b[A\r\n");
            assertThat(client.readToEnd(PROMPTLY)).isEmpty();
        }
        try (TestClient client = connect()) {
            client.send(new byte[] {0x04});
            assertThat(client.readToEnd(PROMPTLY)).isEmpty();
        }
    }

    @Test
    void bytesThatAreNotUtf8CloseTheSession() throws IOException {
        try (TestClient client = connect()) {
            client.send(new byte[] {'c', (byte) 0xE9, 'c', 'h', 'e', '\n'});
            assertThat(client.readToEnd(PROMPTLY)).isEmpty();
        }
    }

    @Test
    void aMebibyteLineGetsAnErrorThenTheSessionGoesOn() throws IOException {
        try (TestClient client = connect()) {
            byte[] line = new byte[1 << 20];
            Arrays.fill(line, (byte) 'a');
            client.send(line);
            client.send("\n");
            assertThat(client.readUntil("?> ")).isEqualTo("Line too long: a query is at most "
                + TcpSettings.DEFAULT_MAX_LINE_BYTES + " bytes; it was ignored.\r\n?> ");
            client.send("chess black\n");
            assertThat(client.readUntil("\r\n?> ")).isEqualTo(answer("chess black"));
        }
    }

    @Test
    void closingTheClientSideGetsTheAnswersThenTheServerCloses() throws IOException {
        try (TestClient client = connect()) {
            client.send("rook\nsun\n");
            client.shutdownOutput();
            assertThat(client.readToEnd(Duration.ofSeconds(5))).isEqualTo(answer("rook") + answer("sun"));
        }
        try (TestClient client = connect()) {
            client.shutdownOutput();
            assertThat(client.readToEnd(PROMPTLY)).isEmpty();
        }
    }

    @Test
    void halfClosedClientsDoNotStarveOthers() throws IOException {
        List<TestClient> halfClosed = new ArrayList<>();
        try (TestClient other = connect()) {
            for (int i = 0; i < 20; i++) {
                TestClient client = connect();
                halfClosed.add(client);
                client.shutdownOutput();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                other.send("cat face\n");
                assertThat(other.readUntil("\r\n?> ")).isEqualTo(answer("cat face"));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            for (TestClient client : halfClosed) {
                assertThat(client.readToEnd(PROMPTLY)).isEmpty();
            }
        } finally {
            for (TestClient client : halfClosed) {
                client.close();
            }
        }
    }

    @Test
    void aClientThatAsksForCjkTwentyTimesAndNeverReadsHoldsBoundedMemory() throws Exception {
        String cjk = answer("cjk");
        long twentyAnswers = 20L * cjk.getBytes(StandardCharsets.UTF_8).length;
        long before = usedDirectMemory();
        long held = 0;
        try (TestClient greedy = new TestClient(server.address(), 8 * 1024); TestClient other = connect()) {
            greedy.send("cjk\n".repeat(20));
            long t0 = System.nanoTime();
            // Others are served meanwhile, while the greedy session fills its socket buffers and stalls.
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2)) {
                other.send("chess black\n");
                assertThat(other.readUntil("\r\n?> ")).isEqualTo(answer("chess black"));
                held = Math.max(held, usedDirectMemory() - before);
            }
            assertThat(held).as("direct memory held while the greedy client does not read")
                .isLessThan(16L << 20).isLessThan(twentyAnswers / 4);
            // It is still served when it reads, in order.
            assertThat(greedy.read(3 + cjk.getBytes(StandardCharsets.UTF_8).length)).isEqualTo("?> " + cjk);
        }
    }

    private static long usedDirectMemory() {
        return ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric().usedDirectMemory();
    }

    @Test
    void aThousandConcurrentSessionsAreEachAnswered() throws IOException {
        List<TestClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                clients.add(new TestClient(server.address()));
            }
            for (TestClient client : clients) {
                client.send("cat face\n");
            }
            String expected = "?> " + answer("cat face");
            for (TestClient client : clients) {
                assertThat(client.readUntil("\r\n?> ")).isEqualTo(expected);
            }
        } finally {
            for (TestClient client : clients) {
                client.close();
            }
        }
    }

    @Test
    void idleSessionsAreClosedWithAGoodbye() throws IOException {
        // Its own event loop, so that no other test's sessions delay the timer.
        EventLoopGroup own = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (TcpServer quick = TcpServer.start(own, "127.0.0.1", 0, index,
                TcpSettings.defaults().withIdleTimeout(Duration.ofMillis(300)));
             TestClient client = new TestClient(quick.address())) {
            assertThat(client.readToEnd(Duration.ofSeconds(10))).isEqualTo("?> Idle for 300 ms; goodbye.\r\n");
        } finally {
            own.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void aPortInUseIsAnIoException() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, server.address().getAddress())) {
            assertThatThrownBy(() -> TcpServer.start(group, "127.0.0.1", taken.getLocalPort(), index, TcpSettings.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("in use");
        }
    }

    @Test
    void anUnknownHostIsAnIoException() {
        assertThatThrownBy(() -> TcpServer.start(group, "no.such.host.invalid", 0, index, TcpSettings.defaults()))
            .isInstanceOf(IOException.class)
            .hasMessage("unknown host no.such.host.invalid");
    }

    @Test
    void aQueryFollowedByCtrlCInOnePacketIsAnsweredThenTheSessionCloses() throws IOException {
        try (TestClient client = connect()) {
            byte[] line = "sun\n".getBytes(StandardCharsets.UTF_8);
            byte[] packet = Arrays.copyOf(line, line.length + 5);
            System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xF4, (byte) 0xFF, (byte) 0xFD, 0x06}, 0, packet, line.length, 5);
            client.send(packet);
            assertThat(client.readToEnd(Duration.ofSeconds(10))).isEqualTo(answer("sun"));
        }
    }

    @Test
    void linesBeforeAnEscapeAreAnsweredThenTheSessionCloses() throws IOException {
        try (TestClient client = connect()) {
            client.send("rook\n\nsun\n\u001b[A");
            assertThat(client.readToEnd(Duration.ofSeconds(10))).isEqualTo(answer("rook") + "?> " + answer("sun"));
        }
    }

    @Test
    void invalidUtf8WithNoNewlineEndsTheSessionAtOnce() throws IOException {
        try (TestClient client = connect()) {
            client.send(new byte[] {(byte) 0xC0, (byte) 0xAF});
            // Not after the idle timeout (five minutes): readToEnd fails unless the server closes.
            assertThat(client.readToEnd(Duration.ofSeconds(10))).isEmpty();
        }
    }

    @Test
    void aClientPipeliningWithoutReadingDoesNotHoldUpOthers() throws IOException {
        // A hundred thousand queries and blank lines in large writes, from a client that never reads.
        try (TestClient greedy = new TestClient(server.address(), 4096)) {
            Thread flood = new Thread(() -> {
                byte[] burst = "chess black\n\n\n\nsun\n".repeat(4000).getBytes(StandardCharsets.UTF_8);
                try {
                    for (int i = 0; i < 25; i++) {
                        greedy.send(burst);
                    }
                } catch (IOException e) {
                    // the test closes it while it still writes
                }
            });
            flood.setDaemon(true);
            flood.start();
            for (int i = 0; i < 20; i++) {
                try (TestClient other = connect()) {
                    other.send("chess black\n");
                    assertThat(other.readUntil("\r\n?> ")).isEqualTo(answer("chess black"));
                }
            }
            // It is still served when it reads, in order.
            String first = "?> " + answer("chess black");
            assertThat(greedy.read(first.getBytes(StandardCharsets.UTF_8).length)).isEqualTo(first);
        }
    }

    @Test
    void sessionsBeyondTheLimitAreClosedAtOnce() throws Exception {
        try (TcpServer small = TcpServer.start(group, "127.0.0.1", 0, index, TcpSettings.defaults().withMaxSessions(2));
             TestClient first = new TestClient(small.address());
             TestClient second = new TestClient(small.address())) {
            assertThat(first.read(3)).isEqualTo("?> ");
            assertThat(second.read(3)).isEqualTo("?> ");
            try (TestClient third = new TestClient(small.address())) {
                assertThat(third.readToEnd(Duration.ofSeconds(10))).isEmpty();
            }
            first.close();
            // Once the server has seen the session close, there is room again; on a busy machine
            // that can take longer than a hundred refused connections in a row.
            String greeting = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (greeting.isEmpty() && System.nanoTime() < deadline) {
                try (TestClient again = new TestClient(small.address())) {
                    greeting = again.read(3); // empty when refused
                }
                if (greeting.isEmpty()) {
                    Thread.sleep(10);
                }
            }
            assertThat(greeting).isEqualTo("?> ");
        }
    }
}
