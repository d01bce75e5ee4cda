package charfinder.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits on the listening channel. It records every accepted connection (so that closing the server
 * closes them too), closes those beyond the cap at once, and logs failures to accept, such as
 * running out of file descriptors, in one line per interval instead of a stack trace each time.
 * Netty itself stops accepting for a second after such a failure and then tries again.
 */
@Sharable
final class Acceptor extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(Acceptor.class);
    static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final String name;
    private final ChannelGroup connections;
    private final int maxConnections;
    private final RateLimitedWarning acceptFailed;
    private final RateLimitedWarning refused;

    Acceptor(String name, ChannelGroup connections, int maxConnections) {
        this.name = name;
        this.connections = connections;
        this.maxConnections = maxConnections;
        this.acceptFailed = new RateLimitedWarning(LOG, LOG_INTERVAL_NANOS);
        this.refused = new RateLimitedWarning(LOG, LOG_INTERVAL_NANOS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Channel accepted = (Channel) msg;
        if (connections.size() >= maxConnections) {
            refused.warn(n -> "Refused " + n + " " + name + " connection" + (n == 1 ? "" : "s")
                + ": " + maxConnections + " are open");
            // Never registered: closing it here frees its descriptor at once.
            accepted.unsafe().closeForcibly();
            return;
        }
        connections.add(accepted);
        ctx.fireChannelRead(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Not passed on: the pipeline's tail would log the whole stack trace every time. So this does
        // what Netty's acceptor does next: stop accepting for a second, then try again.
        acceptFailed.warn(n -> "Cannot accept " + name + " connections: " + cause.getMessage()
            + (n == 1 ? "" : " (" + n + " times since the last warning)"));
        if (ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(false);
            ctx.executor().schedule(() -> ctx.channel().config().setAutoRead(true), 1, TimeUnit.SECONDS);
        }
    }
}
