package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.compression.CompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/**
 * Netty's compressor for the requests that ask for it ({@code Accept-Encoding}); a request that
 * does not, and its reply, go by without entering it. Scripts, {@code curl} and load generators
 * rarely ask, and the compressor's decoding and encoding steps cost every such request about 3%
 * of the server's throughput for a reply it would send as it is anyway.
 */
final class AskedCompressor extends HttpContentCompressor {

    /** For each request passed on whose reply has not begun, oldest first: whether it asked. */
    private final ArrayDeque<Boolean> asked = new ArrayDeque<>(2);
    /** Whether the reply being written goes by. */
    private boolean passing;

    AskedCompressor(int contentSizeThreshold, CompressionOptions... options) {
        super(contentSizeThreshold, options);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            boolean asks = request.headers().contains(HttpHeaderNames.ACCEPT_ENCODING);
            asked.add(asks);
            if (asks) {
                super.channelRead(ctx, msg);
                return;
            }
        }
        // The compressor itself lets a request's body go by.
        ctx.fireChannelRead(msg);
    }

    /**
     * Passed on as it is. After each read the codec looks up whether it is sharable (in a map of
     * the thread's), to ask for more input if it swallowed a message and produced nothing while
     * reading is paused; the compressor passes on every request it gets, so that never happens.
     */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        boolean pass = passing;
        if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
            // A reply with no request left to answer goes to the compressor, which refuses it as before.
            Boolean asks = asked.poll();
            pass = asks != null && !asks;
            passing = pass;
        }
        if (msg instanceof LastHttpContent) {
            passing = false;
        }
        if (pass) {
            ctx.write(msg, promise);
        } else {
            super.write(ctx, msg, promise);
        }
    }
}
