package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Stops reading a connection while two of its requests are unanswered, until a reply has been
 * written out. A client that pipelines requests and reads nothing therefore gets at most one
 * reply made ahead, instead of one per request it manages to send: what it costs stays bounded.
 * The requests already decoded from the same read (at most {@code HttpSettings.maxReadBytes} of
 * them) wait here, in order, and go on one at a time as replies are written.
 *
 * <p>A client that waits for each reply, as browsers and wrk do, never pauses the connection, and
 * its requests pass straight through: nothing is queued or allocated for them.
 */
final class ReadPacing extends ChannelInboundHandlerAdapter {

    /** Requests passed on whose replies are not yet written out. */
    private int unanswered;
    /** What was read behind a request that had to wait, in order; made when a client first pipelines. */
    private ArrayDeque<Object> waiting;
    /** Whether a task to let waiting requests on is scheduled. */
    private boolean resuming;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (isHolding() || (msg instanceof HttpRequest && unanswered >= 2)) {
            if (waiting == null) {
                waiting = new ArrayDeque<>();
            }
            waiting.add(msg);
            return;
        }
        pass(ctx, msg);
    }

    private boolean isHolding() {
        return waiting != null && !waiting.isEmpty();
    }

    private void pass(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest && ++unanswered > 1) {
            ctx.channel().config().setAutoRead(false);
        }
        ctx.fireChannelRead(msg);
    }

    /** A reply's end written out (or lost): see {@link ReplyEnds}. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ReplyEnds.ReplyEnd) {
            unanswered--;
            if (unanswered <= 1 && !resuming && (isHolding() || !ctx.channel().config().isAutoRead())) {
                // Later, not here: the next reply may complete at once and bring us back, ever deeper.
                // Scheduled, not execute()d: tasks queued by execute() run in the same pass, before
                // any I/O, so a pipelining client would go on and on; this waits for the next pass.
                resuming = true;
                ctx.executor().schedule(() -> resume(ctx), 0, TimeUnit.NANOSECONDS);
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    /** Lets waiting requests on while fewer than two are unanswered, then reads the socket again. */
    private void resume(ChannelHandlerContext ctx) {
        resuming = false;
        if (!ctx.channel().isActive()) {
            return;
        }
        while (isHolding() && !(waiting.peek() instanceof HttpRequest && unanswered >= 2)) {
            pass(ctx, waiting.poll());
        }
        if (!isHolding() && unanswered <= 1) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        releaseWaiting();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releaseWaiting();
    }

    private void releaseWaiting() {
        if (waiting != null) {
            Object msg;
            while ((msg = waiting.poll()) != null) {
                ReferenceCountUtil.release(msg);
            }
        }
    }
}
