package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;

/**
 * Passes on the heads of requests and releases what follows each: the server answers from the
 * request line and headers alone, and refuses a request with a body ({@link RequestGuard}). The
 * codec ends every request with a content part, an empty one when there is no body; released
 * here, right after the codec, it no longer goes through every handler of the pipeline: 1-4%
 * of a request's time in the pipeline ({@code HttpPipelineBenchmark}, see bench/README.md).
 */
final class RequestHeads extends ChannelInboundHandlerAdapter {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // A FullHttpRequest is both: the codec's stand-in for a request it could not decode, which the guard answers.
        if (msg instanceof HttpContent && !(msg instanceof HttpRequest)) {
            ReferenceCountUtil.release(msg);
        } else {
            ctx.fireChannelRead(msg);
        }
    }
}
