package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A request must arrive whole within the request timeout, however it trickles in; a connection
 * that neither reads nor writes for the idle timeout is closed, a stalled stream too.
 */
@Timeout(30)
class ConnectionTimeoutsTest {

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

    @Test
    void aClientAskingOneRequestAfterAnotherKeepsItsConnectionLongPastTheTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_000);
            int answered = 0;
            // Four timeouts long, each request well within the timeout of the reply before it.
            while (System.nanoTime() < end) {
                out.write("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(TestServer.readReply(in)).as("reply %d", answered).startsWith("HTTP/1.1 200 ");
                answered++;
                Thread.sleep(150);
            }
            assertThat(answered).isGreaterThan(8);
        }
    }

    @Test
    void aStreamItsClientStoppedReadingIsClosedAfterTheIdleTimeout() throws Exception {
        try (TestServer idle = new TestServer(HttpSettings.defaults().withIdleTimeout(Duration.ofMillis(500)));
             Socket socket = streaming(idle)) {
            Thread.sleep(2_500);
            socket.setSoTimeout(10_000);
            byte[] received = socket.getInputStream().readAllBytes();
            // The connection ended with what the buffers held, before the stream's last chunk.
            String end = new String(received, Math.max(0, received.length - 5), Math.min(5, received.length),
                StandardCharsets.US_ASCII);
            assertThat(received.length).isPositive();
            assertThat(end).isNotEqualTo("0\r\n\r\n");
        }
    }

    @Test
    void aStreamReadSteadilyOutlivesTheIdleTimeout() throws Exception {
        try (TestServer idle = new TestServer(HttpSettings.defaults().withIdleTimeout(Duration.ofMillis(500)));
             Socket socket = streaming(idle)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long received = 0;
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
            // Five idle timeouts long, a pause of a fifth of one between reads.
            while (System.nanoTime() < end) {
                int n = in.read(buffer);
                assertThat(n).as("read after %d bytes", received).isPositive();
                received += n;
                Thread.sleep(100);
            }
        }
    }

    /** A connection that asked for the cjk stream and has read nothing of it, with a small receive buffer. */
    private static Socket streaming(TestServer server) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()));
        socket.getOutputStream().write("GET /api/stream?query=cjk HTTP/1.1\r\nHost: x\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }
}
