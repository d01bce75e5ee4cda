package charfinder.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;

/**
 * The pipeline of one HTTP connection. Every handler here sees every request, so each does only
 * what all requests need; a connection gets a {@code ChunkedWriteHandler} when a reply first
 * needs one ({@link ChunkedWriters}).
 */
final class HttpServerInitializer extends ChannelInitializer<Channel> {

    private final Routes routes;
    private final HttpSettings settings;

    HttpServerInitializer(Routes routes, HttpSettings settings) {
        this.routes = routes;
        this.settings = settings;
    }

    @Override
    protected void initChannel(Channel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
            .setMaxInitialLineLength(settings.maxRequestLine())
            .setMaxHeaderSize(settings.maxHeaders())));
        p.addLast("request-heads", new RequestHeads());
        p.addLast("reply-ends", new ReplyEnds());
        p.addLast("timeouts", new ConnectionTimeouts(settings.idleTimeout(), settings.requestTimeout()));
        p.addLast("read-pacing", new ReadPacing());
        RequestMetrics metrics = new RequestMetrics(routes.unrouted());
        p.addLast("metrics", metrics);
        p.addLast("access-log", new AccessLog());
        p.addLast("compressor", new AskedCompressor(settings.compressAbove(),
            StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate()));
        p.addLast("keep-alive", new HttpServerKeepAliveHandler());
        p.addLast("guard", new RequestGuard(settings));
        p.addLast("router", new HttpRouter(routes, metrics));
    }
}
