package charfinder.tcp;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs when a session starts and when it ends, with the reason it ended. */
@Sharable
final class SessionLogger extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogger.class);

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        LOG.info("Connected {}", ctx.channel().remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        String reason = SessionEnd.reason(ctx.channel());
        LOG.info("Closed {} ({})", ctx.channel().remoteAddress(),
            reason == null ? "connection closed" : reason);
        ctx.fireChannelInactive();
    }
}
