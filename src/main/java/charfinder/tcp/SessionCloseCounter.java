package charfinder.tcp;

import charfinder.metrics.ServerMetrics;
import io.micrometer.core.instrument.Counter;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** Counts the sessions that close, by {@link CloseReason}; every reason's counter exists from the start, at 0. */
@Sharable
final class SessionCloseCounter extends ChannelInboundHandlerAdapter {

    private final Counter[] byReason = new Counter[CloseReason.values().length];

    SessionCloseCounter(ServerMetrics metrics) {
        for (CloseReason reason : CloseReason.values()) {
            byReason[reason.ordinal()] = metrics.telnetSessionsClosed(reason.label());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        byReason[CloseReason.of(SessionEnd.reason(ctx.channel())).ordinal()].increment();
        ctx.fireChannelInactive();
    }
}
