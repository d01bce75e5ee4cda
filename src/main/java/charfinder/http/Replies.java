package charfinder.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * Whole replies: headers every reply carries, {@code Content-Length}, HEAD, and the JSON errors.
 * Closing a connection that is not kept alive is left to {@code HttpServerKeepAliveHandler}.
 */
final class Replies {

    static final AsciiString JSON = AsciiString.cached("application/json");
    static final AsciiString X_CONTENT_TYPE_OPTIONS = AsciiString.cached("x-content-type-options");
    static final AsciiString NOSNIFF = AsciiString.cached("nosniff");
    /**
     * Headers of our replies, whose names and values are all the program's own constants and
     * numbers: checking each character of each again on every reply would find nothing.
     */
    static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    private Replies() {
    }

    /**
     * A reply with {@code body}; to a HEAD request the same headers without the body. The body
     * is the reply's (or released for HEAD).
     */
    static FullHttpResponse full(HttpRequest request, HttpResponseStatus status, CharSequence contentType, ByteBuf body) {
        int length = body.readableBytes();
        ByteBuf content = body;
        if (HttpMethod.HEAD.equals(request.method())) {
            body.release();
            content = Unpooled.EMPTY_BUFFER;
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content, HEADERS, HEADERS);
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, contentType)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, length);
        common(request, response);
        return response;
    }

    /** Headers of every reply: no type sniffing, and keep-alive spelled out for HTTP/1.0 clients. */
    static void common(HttpRequest request, HttpResponse response) {
        HttpHeaders headers = response.headers();
        headers.set(X_CONTENT_TYPE_OPTIONS, NOSNIFF);
        if (request.protocolVersion().equals(HttpVersion.HTTP_1_0) && HttpUtil.isKeepAlive(request)) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }

    /** Sends {@code response}. */
    static void send(ChannelHandlerContext ctx, HttpResponse response) {
        ctx.writeAndFlush(response);
    }

    /** Sends {@code {"status": 400, "error": "Bad Request", "message": "..."}}. */
    static void error(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, String message) {
        send(ctx, errorResponse(ctx, request, status, message));
    }

    static FullHttpResponse errorResponse(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status,
                                          String message) {
        ByteBuf body = Json.write(ctx.alloc(), json -> {
            json.writeStartObject();
            json.writeNumberField("status", status.code());
            json.writeStringField("error", status.reasonPhrase());
            json.writeStringField("message", message);
            json.writeEndObject();
        });
        FullHttpResponse response = full(request, status, JSON, body);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        return response;
    }
}
