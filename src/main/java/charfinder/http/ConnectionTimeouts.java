package charfinder.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two clocks of a connection, on one timer.
 *
 * <p>The request clock: a request must arrive whole within the request timeout of the connection,
 * or of the reply before it. It starts when the connection opens and whenever the last
 * unanswered reply has been written out, and stops when the codec has a whole request. A client
 * that sends a header byte a second (slowloris), or keeps a connection open and sends nothing, is
 * closed when it runs out; the idle clock, which any byte resets, cannot do this.
 *
 * <p>The idle clock: a connection that neither reads nor writes for the idle timeout is closed,
 * among them a stream its client stopped reading (the stream writes only as the client reads).
 *
 * <p>Each clock is a field written as things happen; the timer only looks at them when it runs,
 * at least once a request timeout, so no request schedules or cancels anything. Sits right after
 * the codec and {@link ReplyEnds}, before anything that holds requests back.
 */
final class ConnectionTimeouts extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTimeouts.class);

    private final long idleNanos;
    private final long requestNanos;
    private ScheduledFuture<?> timer;
    /** When the connection last read or wrote. */
    private long lastActivity;
    /** Whether the request clock runs, and when it runs out. */
    private boolean waitingForRequest;
    private long requestDeadline;
    /** Requests read whose replies are not yet written out. */
    private int unanswered;

    ConnectionTimeouts(Duration idleTimeout, Duration requestTimeout) {
        this.idleNanos = idleTimeout.toNanos();
        this.requestNanos = requestTimeout.toNanos();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            begin(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        begin(ctx);
        ctx.fireChannelActive();
    }

    private void begin(ChannelHandlerContext ctx) {
        if (timer == null) {
            lastActivity = System.nanoTime();
            waitForRequest();
            timer = ctx.executor().schedule(() -> check(ctx), Math.min(idleNanos, requestNanos), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            unanswered++;
            waitingForRequest = false;
        }
        ctx.fireChannelRead(msg);
    }

    /** Once per read from the socket, whatever it held: a part of a request is activity too. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        lastActivity = System.nanoTime();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        lastActivity = System.nanoTime();
        ctx.write(msg, promise);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof ReplyEnds.ReplyEnd end) {
            unanswered = Math.max(0, unanswered - 1);
            if (unanswered == 0 && end == ReplyEnds.ReplyEnd.WRITTEN) {
                lastActivity = System.nanoTime();
                waitForRequest();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    private void waitForRequest() {
        requestDeadline = System.nanoTime() + requestNanos;
        waitingForRequest = true;
    }

    private void check(ChannelHandlerContext ctx) {
        if (!ctx.channel().isActive()) {
            return;
        }
        long now = System.nanoTime();
        if (waitingForRequest && now - requestDeadline >= 0) {
            LOG.info("Closing {}: no whole request within {} ms", ctx.channel().remoteAddress(),
                TimeUnit.NANOSECONDS.toMillis(requestNanos));
            ctx.close();
            return;
        }
        long idleLeft = lastActivity + idleNanos - now;
        if (idleLeft <= 0) {
            LOG.info("Closing idle connection from {}", ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        long next = Math.min(idleLeft, waitingForRequest ? requestDeadline - now : requestNanos);
        timer = ctx.executor().schedule(() -> check(ctx), next, TimeUnit.NANOSECONDS);
    }
}
