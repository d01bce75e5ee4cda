package charfinder.http;

import charfinder.index.Answer;
import charfinder.index.UnicodeNameIndex;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AsciiString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/stream?query=Q}: the whole answer as NDJSON, chunked, at the client's pace. */
final class StreamEndpoint implements Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(StreamEndpoint.class);

    static final AsciiString NDJSON = AsciiString.cached("application/x-ndjson");

    private final UnicodeNameIndex index;

    StreamEndpoint(UnicodeNameIndex index) {
        this.index = index;
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) throws HttpError {
        Answer answer = Search.answer(index, SearchParams.requiredQuery(uri), SearchParams.names(uri));
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, NDJSON)
            .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        if (HttpVersion.HTTP_1_0.equals(request.protocolVersion())) {
            // HTTP/1.0 has no chunks: the stream ends when the connection does.
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else {
            response.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        }
        Replies.common(request, response);
        ctx.write(response);
        if (HttpMethod.HEAD.equals(request.method())) {
            ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else {
            ChunkedWriters.of(ctx);
            ctx.writeAndFlush(new HttpChunkedInput(new NdjsonChunks(index, answer, ctx.channel())))
                .addListener(closeIfFailed(request));
        }
    }

    /**
     * Closes the connection when a stream fails mid-way: its head and some chunks are sent, and
     * without its end the client would wait for the rest until the idle timeout.
     */
    static ChannelFutureListener closeIfFailed(HttpRequest request) {
        return f -> {
            if (!f.isSuccess()) {
                if (f.channel().isActive()) {
                    LOG.warn("Closing {}: the stream of {} failed mid-way: {}", f.channel().remoteAddress(),
                        request.uri(), f.cause().toString());
                }
                f.channel().close();
            }
        };
    }
}
