package charfinder.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;

/**
 * Sits on the listening channel and records every accepted connection, so that closing the
 * server also closes its connections even though the event loops live on.
 */
@Sharable
final class OpenConnections extends ChannelInboundHandlerAdapter {

    private final ChannelGroup connections;

    OpenConnections(ChannelGroup connections) {
        this.connections = connections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // The listening channel reads accepted connections as messages; the group drops each on close.
        connections.add((Channel) msg);
        ctx.fireChannelRead(msg);
    }
}
