package charfinder.http;

import charfinder.index.TestIndex;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client that does not read a huge stream holds little server memory and blocks nobody. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StreamBackpressureTest {

    /** The water mark, one chunk and its HTTP framing: all a stalled stream may hold. */
    private static final long BOUND = charfinder.net.Listener.WATER_MARK.high() + NdjsonChunks.CHUNK_BYTES + 4096;

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStalledStreamHoldsABoundedAmountWhileOthersAreServed() throws Exception {
        int total = TestIndex.get().search("cjk").total();
        try (Socket slow = stalledStream("cjk")) {
            Channel stalled = awaitUnwritableConnection();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < 20; i++) {
                var response = client.send(HttpRequest.newBuilder(server.uri("/api/search?query=cat+face"))
                    .timeout(Duration.ofSeconds(2)).build(), BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("CAT FACE");
            }
            settle(stalled);
            long pending = stalled.bytesBeforeWritable() + charfinder.net.Listener.WATER_MARK.low();
            assertThat(stalled.isWritable()).isFalse();
            assertThat(pending).isBetween((long) charfinder.net.Listener.WATER_MARK.low(), BOUND);

            // Reading again resumes the stream, and all of it arrives.
            String body = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(body).startsWith("HTTP/1.1 200 ").endsWith("0\r\n\r\n");
            assertThat(body.split("}\n", -1)).hasSize(total + 1);
        }
    }

    @Test
    void aClientThatLeavesMidStreamFreesItsConnection() throws Exception {
        try (Socket slow = stalledStream("cjk")) {
            awaitUnwritableConnection();
            assertThat(slow.getInputStream().readNBytes(1000)).hasSize(1000);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!server.server.connections().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.server.connections().size()).isZero();
    }

    @Test
    void aClientPipeliningRequestsWithoutReadingGetsOneReplyMadeAhead() throws Exception {
        // Pages of 1000 past the end of the answer, and fewer than the 128 the HTTP codec lets
        // a client have unanswered before it hangs up.
        int requests = TestIndex.get().search("cjk").total() / 1000 + 2;
        StringBuilder pipelined = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            pipelined.append("GET /api/search?query=cjk&start=").append(i * 1000).append("&stop=").append(i * 1000 + 1000)
                .append(" HTTP/1.1\r\nHost: x\r\n").append(i == requests - 1 ? "Connection: close\r\n" : "").append("\r\n");
        }
        try (Socket greedy = new Socket()) {
            greedy.setReceiveBufferSize(4096);
            greedy.setSoTimeout(10_000);
            greedy.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
            greedy.getOutputStream().write(pipelined.toString().getBytes(StandardCharsets.US_ASCII));
            greedy.getOutputStream().flush();
            Channel stalled = awaitUnwritableConnection();
            settle(stalled);
            // Without pacing, the 100-odd replies of about 70 KB would all be made at once.
            long pending = stalled.bytesBeforeWritable() + charfinder.net.Listener.WATER_MARK.low();
            assertThat(pending).isLessThan(BOUND + 2 * 80_000);

            String replies = new String(greedy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(replies.split("HTTP/1.1 200 OK\r\n", -1)).hasSize(requests + 1);
            int total = TestIndex.get().search("cjk").total();
            assertThat(replies).contains("\"start\":93000,").contains("\"start\":" + total + ",\"stop\":" + total + ",\"items\":[]");
        }
    }

    /**
     * Lets the connection's event loop run everything it has queued, twice over (a task may queue
     * the next): whatever the stalled connection could still make, it has made.
     */
    private static void settle(Channel channel) throws Exception {
        for (int i = 0; i < 3; i++) {
            channel.eventLoop().schedule(() -> { }, 0, TimeUnit.NANOSECONDS).get(5, TimeUnit.SECONDS);
            channel.eventLoop().submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
    }

    /** Asks for a stream on a connection with a small receive window, and reads nothing. */
    private Socket stalledStream(String query) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
        socket.getOutputStream().write(("GET /api/stream?query=" + query
            + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The server's end of the stream once its unsent output has reached the high water mark. */
    private Channel awaitUnwritableConnection() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Optional<Channel> full = server.server.connections().stream().filter(c -> !c.isWritable()).findFirst();
            if (full.isPresent()) {
                return full.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the stream never filled the connection's write buffer");
    }
}
