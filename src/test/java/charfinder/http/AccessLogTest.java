package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** slf4j-simple writes to the current System.err, which the test swaps for a buffer. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AccessLogTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        AccessLogWriter.LOG.isInfoEnabled();
        stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(stderr);
    }

    private String log() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The log once it has {@code lines} lines: they are written by a thread of their own. */
    private String awaitLog(int lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (log().lines().count() < lines && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return log();
    }

    @Test
    void oneLinePerRequestWithMethodPathStatusBytesAndTime() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel(new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/stream?query=\u00e2\u0098\u0083"));
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.HEAD, "/api/health"));
        channel.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[300])));
        assertThat(log()).isEmpty();
        channel.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[45])));
        channel.writeAndFlush(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND));
        channel.writeAndFlush(new DefaultLastHttpContent());
        String[] lines = awaitLog(2).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches(".* GET /api/stream\\?query=\u00e2\\?\\? 200 345 B \\d+\\.\\d ms");
        assertThat(lines[1]).matches(".* HEAD /api/health 404 0 B \\d+\\.\\d ms");
        channel.finishAndReleaseAll();
    }

    @Test
    void aReplyCutShortSaysSo() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel(new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/stream?query=cjk"));
        channel.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[1000])));
        channel.close();
        assertThat(awaitLog(1)).contains("GET /api/stream?query=cjk 200 1000 B").contains("(connection closed before the end)");
        channel.finishAndReleaseAll();
    }
}
