package charfinder.tcp;

import io.micrometer.core.instrument.Counter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Counts the bytes written to the socket, first in the pipeline so that it sees every byte that
 * goes out, whichever handler wrote it. One instance for all of the sessions.
 */
@Sharable
final class SentBytes extends ChannelOutboundHandlerAdapter {

    private final Counter bytes;

    SentBytes(Counter bytes) {
        this.bytes = bytes;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        int size = msg instanceof ByteBuf buf ? buf.readableBytes()
            : msg instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
        if (size > 0) {
            bytes.increment(size);
        }
        ctx.write(msg, promise);
    }
}
