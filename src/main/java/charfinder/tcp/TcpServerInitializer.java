package charfinder.tcp;

import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.ServerMetrics;
import io.micrometer.core.instrument.Counter;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** Builds the pipeline of a telnet session. */
final class TcpServerInitializer extends ChannelInitializer<Channel> {

    private final UnicodeNameIndex index;
    private final TcpSettings settings;
    private final SessionLogger logger = new SessionLogger();
    private final IdleSessionCloser idleCloser;
    private final SentBytes sentBytes;
    private final SessionCloseCounter closes;
    private final Counter queries;

    TcpServerInitializer(UnicodeNameIndex index, TcpSettings settings, ServerMetrics metrics) {
        this.index = index;
        this.settings = settings;
        this.idleCloser = new IdleSessionCloser(settings.idleTimeout());
        this.sentBytes = new SentBytes(metrics.telnetSentBytes());
        this.closes = new SessionCloseCounter(metrics);
        this.queries = metrics.telnetQueries();
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("sent-bytes", sentBytes);
        pipeline.addLast("log", logger);
        pipeline.addLast("close-counter", closes);
        // observeOutput: a client slowly reading a long answer is busy, not idle.
        pipeline.addLast("idle", new IdleStateHandler(true, 0, 0,
            settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        pipeline.addLast("idleCloser", idleCloser);
        pipeline.addLast("guard", new ControlInputGuard());
        pipeline.addLast("framer", new LineBasedFrameDecoder(settings.maxLineBytes(), true, true));
        pipeline.addLast("utf8", new StrictUtf8Decoder());
        // Holds the lines of one read and hands them over one at a time, as the query handler asks.
        pipeline.addLast("flow", new FlowControlHandler());
        pipeline.addLast("chunked", new ChunkedWriteHandler());
        pipeline.addLast("query", new QueryHandler(index, settings.maxLineBytes(), queries));
    }
}
