package charfinder.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.TimeUnit;

/**
 * Stops reading a connection while two of its requests are unanswered, until a reply has been
 * written out. A client that pipelines requests and reads nothing therefore gets at most one
 * reply made ahead, instead of one per request it manages to send: what it costs stays bounded.
 * Requests already decoded wait in the {@code FlowControlHandler} before this one.
 *
 * <p>A client that waits for each reply, as browsers and wrk do, never pauses the connection.
 */
final class ReadPacing extends ChannelDuplexHandler {

    /** Requests read whose replies are not yet written out. */
    private int unanswered;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest && ++unanswered > 1) {
            ctx.channel().config().setAutoRead(false);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            promise = promise.unvoid();
            promise.addListener(f -> {
                if (--unanswered <= 1 && !ctx.channel().config().isAutoRead()) {
                    // Later, not here: the next reply may complete at once and bring us back, ever deeper.
                    // Scheduled, not execute()d: tasks queued by execute() run in the same pass, before
                    // any I/O, so a pipelining client would go on and on; this waits for the next pass.
                    ctx.executor().schedule(() -> ctx.channel().config().setAutoRead(true), 0, TimeUnit.NANOSECONDS);
                }
            });
        }
        ctx.write(msg, promise);
    }
}
