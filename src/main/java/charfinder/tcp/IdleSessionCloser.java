package charfinder.tcp;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;

/** Says goodbye to a session that has neither read nor written for the idle timeout, and closes it. */
@Sharable
final class IdleSessionCloser extends ChannelInboundHandlerAdapter {

    private final Duration timeout;

    IdleSessionCloser(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        String idle = describe(timeout);
        // Flushing writes at once when the socket has room; a client that reads nothing still gets closed.
        ctx.writeAndFlush(ByteBufUtil.writeUtf8(ctx.alloc(), "Idle for " + idle + "; goodbye.\r\n"));
        SessionEnd.close(ctx.channel(), "idle for " + idle);
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            long minutes = ms / 60_000;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (ms % 1000 == 0) {
            long seconds = ms / 1000;
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ms + " ms";
    }
}
