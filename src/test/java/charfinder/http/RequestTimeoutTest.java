package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A request must arrive whole within the request timeout, however it trickles in. */
@Timeout(30)
class RequestTimeoutTest {

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(HttpSettings.defaults().withRequestTimeout(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientSendingAHeaderByteAtATimeIsClosed() throws Exception {
        byte[] head = ("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + "s".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(50);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // Far more often than the idle timeout, which any byte resets: that alone never closes it.
            for (int i = 0; i < head.length; i++) {
                try {
                    out.write(head[i]);
                    out.flush();
                } catch (IOException closed) {
                    return; // the server closed it
                }
                try {
                    if (in.read() < 0) {
                        return; // the server closed it, without a reply
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // next byte
                }
            }
            throw new AssertionError("the whole slow header went through without the connection being closed");
        }
    }

    @Test
    void aKeptAliveConnectionWithNoNextRequestIsClosedWhileAWholeRequestIsAnswered() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String replies = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // The reply came, then the server closed the connection: readAllBytes returned.
            assertThat(replies).startsWith("HTTP/1.1 200 ").contains("\"status\":\"ok\"");
        }
    }
}
