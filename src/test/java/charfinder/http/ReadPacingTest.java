package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReadPacing} on its own: what waits, in what order, and when reading resumes. */
class ReadPacingTest {

    /** The endpoints' place: records what reaches it and answers only when told. */
    private static final class Endpoint extends ChannelInboundHandlerAdapter {
        final List<Object> seen = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            seen.add(msg instanceof HttpRequest request ? request.uri() : "end");
        }
    }

    private final Endpoint endpoint = new Endpoint();
    private final EmbeddedChannel channel = new EmbeddedChannel(new ReplyEnds(), new ReadPacing(), endpoint);

    private static HttpRequest get(String uri) {
        return new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    }

    /** A reply written out, as an endpoint ends one, then the tasks it leaves for the loop. */
    private void reply() {
        channel.writeOneOutbound(LastHttpContent.EMPTY_LAST_CONTENT);
        channel.flushOutbound();
        channel.readOutbound();
        channel.runPendingTasks();
    }

    @Test
    void aClientWaitingForEachReplyIsNeverPaused() {
        for (int i = 0; i < 5; i++) {
            channel.writeInbound(get("/" + i), LastHttpContent.EMPTY_LAST_CONTENT);
            assertThat(channel.config().isAutoRead()).isTrue();
            reply();
        }
        assertThat(endpoint.seen).containsExactly("/0", "end", "/1", "end", "/2", "end", "/3", "end", "/4", "end");
        assertThat(channel.config().isAutoRead()).isTrue();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void pipelinedRequestsWaitInOrderAndGoOnOneReplyAtATime() {
        channel.writeInbound(get("/0"), LastHttpContent.EMPTY_LAST_CONTENT, get("/1"), LastHttpContent.EMPTY_LAST_CONTENT,
            get("/2"), LastHttpContent.EMPTY_LAST_CONTENT, get("/3"), LastHttpContent.EMPTY_LAST_CONTENT);
        // Two passed on, unanswered: the rest waits, and the socket is not read meanwhile.
        assertThat(endpoint.seen).containsExactly("/0", "end", "/1", "end");
        assertThat(channel.config().isAutoRead()).isFalse();

        reply();
        assertThat(endpoint.seen).containsExactly("/0", "end", "/1", "end", "/2", "end");
        assertThat(channel.config().isAutoRead()).isFalse();

        reply();
        assertThat(endpoint.seen).containsExactly("/0", "end", "/1", "end", "/2", "end", "/3", "end");
        assertThat(channel.config().isAutoRead()).isFalse();

        reply();
        assertThat(channel.config().isAutoRead()).isTrue();
        reply();
        assertThat(channel.config().isAutoRead()).isTrue();
        assertThat(channel.finishAndReleaseAll()).isFalse();
    }

    @Test
    void whatWaitsIsReleasedWhenTheConnectionEnds() {
        FullHttpRequest waiting = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/2",
            Unpooled.buffer().writeZero(10));
        channel.writeInbound(get("/0"), get("/1"), waiting);
        assertThat(endpoint.seen).containsExactly("/0", "/1");
        assertThat(waiting.refCnt()).isEqualTo(1);
        channel.close();
        assertThat(waiting.refCnt()).isZero();
    }
}
