package charfinder.http;

import static org.assertj.core.api.Assertions.assertThat;

import charfinder.log.LogCapture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.stream.ChunkedInput;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

/** A stream that fails mid-way closes its connection, rather than leave the client waiting for the rest. */
class StreamFailureTest {

    /** Two chunks, then a failure. */
    private static final class FailingChunks implements ChunkedInput<ByteBuf> {
        private int chunks;

        @Override
        public boolean isEndOfInput() {
            return false;
        }

        @Override
        public void close() {
        }

        @Deprecated
        @Override
        public ByteBuf readChunk(ChannelHandlerContext ctx) {
            return readChunk(ctx.alloc());
        }

        @Override
        public ByteBuf readChunk(ByteBufAllocator allocator) {
            if (++chunks > 2) {
                throw new IllegalStateException("the index broke");
            }
            return Unpooled.copiedBuffer(new byte[] {'{', '}', '\n'});
        }

        @Override
        public long length() {
            return -1;
        }

        @Override
        public long progress() {
            return chunks;
        }
    }

    @Test
    void aStreamThatFailsMidWayClosesItsConnectionAndIsLogged() {
        LogCapture log = LogCapture.of(StreamEndpoint.class);
        EmbeddedChannel channel = new EmbeddedChannel(new ChunkedWriteHandler());
        channel.writeAndFlush(new HttpChunkedInput(new FailingChunks()))
            .addListener(StreamEndpoint.closeIfFailed(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/stream?query=x")));
        channel.runPendingTasks();
        int chunks = 0;
        for (Object msg; (msg = channel.readOutbound()) != null; ) {
            assertThat(msg).isInstanceOf(HttpContent.class);
            chunks++;
            ReferenceCountUtil.release(msg);
        }
        assertThat(chunks).isEqualTo(2);
        assertThat(channel.isOpen()).isFalse();
        log.close();
        assertThat(log.lines()).containsExactly(
            "WARN Closing embedded: the stream of /api/stream?query=x failed mid-way: java.lang.IllegalStateException: the index broke");
        channel.finishAndReleaseAll();
    }
}
