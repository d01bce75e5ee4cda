package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeferredReplyTest {

    private static FullHttpResponse reply(ByteBuf body) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, body);
    }

    private static FullHttpResponse reply(String body) {
        return reply(Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    }

    @Test
    void theRepliesAfterItWaitUntilItIsReady() {
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
        DeferredReply deferred = new DeferredReply();
        ChannelFuture first = channel.writeAndFlush(deferred);
        ChannelFuture second = channel.writeAndFlush(reply("second"));
        assertThat(channel.outboundMessages()).isEmpty();
        assertThat(first.isDone()).isFalse();

        deferred.complete(reply("first"));
        channel.pipeline().get(ChunkedWriteHandler.class).resumeTransfer();
        for (String expected : new String[] {"first", "second"}) {
            FullHttpResponse out = channel.readOutbound();
            assertThat(out.content().toString(StandardCharsets.UTF_8)).isEqualTo(expected);
            out.release();
        }
        assertThat(first.isSuccess()).isTrue();
        assertThat(second.isSuccess()).isTrue();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void aReplyReadyAfterTheConnectionClosedIsReleased() {
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
        DeferredReply deferred = new DeferredReply();
        ChannelFuture written = channel.writeAndFlush(deferred);
        channel.close();
        assertThat(written.isSuccess()).isFalse();
        ByteBuf body = Unpooled.copiedBuffer("late", StandardCharsets.UTF_8);
        deferred.complete(reply(body));
        assertThat(body.refCnt()).isZero();
    }
}
