package charfinder.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Tells the handlers after it when each reply's end has been written out to the connection, or
 * failed to be: a {@link ReplyEnd} event, fired inbound, one per reply in order. Several
 * handlers need to know (the request clock, read pacing, the access log); one listener here,
 * the same for every reply, costs less than a listener of each on every reply. Sits right after
 * the codec, before all of them.
 */
final class ReplyEnds extends ChannelOutboundHandlerAdapter {

    /** The end of a reply: written out, or lost with the connection. */
    enum ReplyEnd {
        WRITTEN, LOST
    }

    private ChannelFutureListener notifier;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        notifier = f -> ctx.fireUserEventTriggered(f.isSuccess() ? ReplyEnd.WRITTEN : ReplyEnd.LOST);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            promise = promise.unvoid().addListener(notifier);
        }
        ctx.write(msg, promise);
    }
}
