package charfinder.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request must arrive whole within a bounded time of the connection, or of the reply before it:
 * the clock starts when the connection opens and whenever the last unanswered reply has been
 * written, and stops when the codec has a whole request. A client that sends a header byte a
 * second (slowloris), or keeps a connection open and sends nothing, is closed when it runs out.
 * The idle timeout, which any byte resets, cannot do this. Sits right after the codec, before
 * anything that holds requests back.
 */
final class RequestTimeout extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTimeout.class);

    private final long timeoutNanos;
    /** The pending timer; it may be set for an earlier deadline than the clock's, and then looks again. */
    private ScheduledFuture<?> timer;
    /** Whether the clock runs, and when it runs out. */
    private boolean running;
    private long deadline;
    /** Requests read whose replies are not yet written out. */
    private int unanswered;

    RequestTimeout(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        start(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            start(ctx);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            unanswered++;
            stop();
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof LastHttpContent) {
            promise = promise.unvoid();
            promise.addListener(f -> {
                unanswered = Math.max(0, unanswered - 1);
                if (unanswered == 0 && f.isSuccess()) {
                    start(ctx);
                }
            });
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        stop();
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        ctx.fireChannelInactive();
    }

    /** Starts the clock: a field written, and a timer scheduled only when none is pending. */
    private void start(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            deadline = System.nanoTime() + timeoutNanos;
            running = true;
            if (timer == null) {
                timer = ctx.executor().schedule(() -> expire(ctx), timeoutNanos, TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * Stops the clock. The timer is left to run out rather than cancelled: at thousands of requests
     * a second, taking it out of the event loop's queue and putting a new one in for each request
     * costs more than its one wasted turn per timeout.
     */
    private void stop() {
        running = false;
    }

    private void expire(ChannelHandlerContext ctx) {
        timer = null;
        if (!running || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left > 0) {
            timer = ctx.executor().schedule(() -> expire(ctx), left, TimeUnit.NANOSECONDS);
            return;
        }
        LOG.info("Closing {}: no whole request within {} ms", ctx.channel().remoteAddress(),
            TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
        ctx.close();
    }
}
