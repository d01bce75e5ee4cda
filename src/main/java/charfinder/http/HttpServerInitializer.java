package charfinder.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.Channel;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/** The pipeline of one HTTP connection. */
final class HttpServerInitializer extends ChannelInitializer<Channel> {

    /** A request line longer than this gets 414: our URLs are short, a query a few words. */
    static final int MAX_REQUEST_LINE = 4096;
    /** All headers together longer than this get 431. */
    static final int MAX_HEADERS = 8192;
    /** Smaller bodies are sent as they are: compressing them costs more than it saves. */
    static final int COMPRESS_ABOVE = 1024;
    /** A connection that neither reads nor writes for this long is closed, stalled streams too. */
    static final int IDLE_SECONDS = 60;

    private final Routes routes;

    HttpServerInitializer(Routes routes) {
        this.routes = routes;
    }

    @Override
    protected void initChannel(Channel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("idle", new IdleStateHandler(0, 0, IDLE_SECONDS, TimeUnit.SECONDS));
        p.addLast("idle-closer", new IdleConnectionCloser());
        p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
            .setMaxInitialLineLength(MAX_REQUEST_LINE)
            .setMaxHeaderSize(MAX_HEADERS)));
        p.addLast("flow-control", new FlowControlHandler());
        p.addLast("read-pacing", new ReadPacing());
        p.addLast("access-log", new AccessLog());
        p.addLast("compressor", new HttpContentCompressor(COMPRESS_ABOVE,
            StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate()));
        p.addLast("keep-alive", new HttpServerKeepAliveHandler());
        p.addLast("chunked-writer", new ChunkedWriteHandler());
        p.addLast("guard", new RequestGuard());
        p.addLast("router", new HttpRouter(routes));
    }
}
