package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.log.LogCapture;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.DefaultEventExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AccessLogTest {

    private LogCapture captured;

    @BeforeEach
    void capture() {
        captured = LogCapture.of("charfinder.http.access");
    }

    @AfterEach
    void restore() {
        captured.close();
    }

    private String log() {
        return captured.lines().stream().map(line -> line.substring(line.indexOf(' ') + 1) + "\n")
            .reduce("", String::concat);
    }

    @Test
    void oneLinePerRequestWithMethodPathStatusBytesAndTime() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/stream?query=\u00e2\u0098\u0083"));
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.HEAD, "/api/health"));
        channel.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[300])));
        assertThat(log()).isEmpty();
        channel.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[45])));
        channel.writeAndFlush(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND));
        channel.writeAndFlush(new DefaultLastHttpContent());
        String[] lines = log().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches(".* GET /api/stream\\?query=\u00e2\\?\\? 200 345 B \\d+\\.\\d ms");
        assertThat(lines[1]).matches(".* HEAD /api/health 404 0 B \\d+\\.\\d ms");
        channel.finishAndReleaseAll();
    }

    @Test
    void theLinesOfOneTurnOfTheLoopAreLoggedTogetherALineEach() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/search?query=cat"));
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/search?query=dog"));
        // Both replies go out in one flush, in the same turn of the loop.
        channel.write(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.write(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND));
        channel.flush();
        channel.runPendingTasks();
        assertThat(captured.events()).isEqualTo(1);
        String[] lines = log().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains(" GET /api/search?query=cat 200 0 B ");
        assertThat(lines[1]).contains(" GET /api/search?query=dog 404 0 B ");
        channel.finishAndReleaseAll();
    }

    @Test
    void aTurnOfThousandsOfLinesGoesToTheLogInParts() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        int requests = AccessLines.MAX_BATCH_LINES + 10;
        for (int i = 0; i < requests; i++) {
            channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/search?query=" + i));
            channel.write(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        }
        channel.flush();
        channel.runPendingTasks();
        assertThat(captured.events()).isEqualTo(2);
        String[] lines = log().split("\n");
        assertThat(lines).hasSize(requests);
        assertThat(lines[requests - 1]).contains(" GET /api/search?query=" + (requests - 1) + " 200 0 B ");
        channel.finishAndReleaseAll();
    }

    @Test
    void aLineMadeOnAStoppedLoopIsLoggedAtOnce() throws Exception {
        DefaultEventExecutor loop = new DefaultEventExecutor();
        loop.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
        AccessLines lines = AccessLines.on(loop);
        lines.beginLine().append("127.0.0.1:1 GET / 200 0 B 0.1 ms (connection closed before the end)");
        lines.endLine();
        assertThat(log()).isEqualTo("127.0.0.1:1 GET / 200 0 B 0.1 ms (connection closed before the end)\n");
    }

    @Test
    void aReplyCutShortSaysSo() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/stream?query=cjk"));
        channel.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[1000])));
        channel.close();
        assertThat(log()).contains("GET /api/stream?query=cjk 200 1000 B").contains("(connection closed before the end)");
        channel.finishAndReleaseAll();
    }

    @Test
    void aLongUriIsCutShort() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        String query = "x".repeat(400);
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/search?query=" + query));
        channel.writeAndFlush(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.writeAndFlush(new DefaultLastHttpContent());
        String shown = "/api/search?query=" + "x".repeat(300 - "/api/search?query=".length()) + "...";
        assertThat(log()).matches("(?s).* GET " + Pattern.quote(shown) + " 200 0 B \\d+\\.\\d ms\n");
        channel.finishAndReleaseAll();
    }

    @Test
    void aReplyWrittenButNeverSentSaysSo() {
        EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new AccessLog());
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/health"));
        channel.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.write(new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[20])));
        assertThat(log()).isEmpty();
        channel.close();
        assertThat(log()).contains("GET /api/health 200 20 B").contains("(not sent: connection lost)");
        channel.finishAndReleaseAll();
    }
}
