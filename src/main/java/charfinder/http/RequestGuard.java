package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Lets through only requests the server can answer: well-formed, within the codec's limits,
 * HTTP/1.0 or HTTP/1.1 (another version gets 505), with one {@code Host} header when HTTP/1.1
 * (RFC 9112 §3.2: else 400), and without a body. Everything else gets its error (400, 413, 414, 431) and the connection is
 * closed, since what follows on it cannot be trusted to start a new request. It sees requests'
 * heads only: their content stops at {@link RequestHeads}, right after the codec.
 */
final class RequestGuard extends ChannelInboundHandlerAdapter {

    private final HttpSettings settings;

    RequestGuard(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof HttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(msg);
            refuse(ctx, request, statusFor(cause), messageFor(cause));
        } else if (!isSupported(request.protocolVersion())) {
            ReferenceCountUtil.release(msg);
            refuse(ctx, request, HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED,
                request.protocolVersion().text() + " is not supported; use HTTP/1.1 or HTTP/1.0");
        } else if (HttpVersion.HTTP_1_1.equals(request.protocolVersion())
                && request.headers().getAll(HttpHeaderNames.HOST).size() != 1) {
            ReferenceCountUtil.release(msg);
            refuse(ctx, request, HttpResponseStatus.BAD_REQUEST,
                "an HTTP/1.1 request must have one Host header, not "
                    + request.headers().getAll(HttpHeaderNames.HOST).size());
        } else if (hasBody(request)) {
            ReferenceCountUtil.release(msg);
            refuse(ctx, request, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "requests with a body are not accepted: every query goes in the URL");
        } else {
            ctx.fireChannelRead(request);
        }
    }

    private static boolean isSupported(HttpVersion version) {
        return HttpVersion.HTTP_1_1.equals(version) || HttpVersion.HTTP_1_0.equals(version);
    }

    private static boolean hasBody(HttpRequest request) {
        return HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0;
    }

    private static void refuse(ChannelHandlerContext ctx, HttpRequest request, HttpResponseStatus status, String message) {
        FullHttpResponse response = Replies.errorResponse(ctx, request, status, message);
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        Replies.send(ctx, response);
    }

    static HttpResponseStatus statusFor(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return HttpResponseStatus.BAD_REQUEST;
    }

    private String messageFor(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return "the request line is longer than " + settings.maxRequestLine() + " bytes";
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return "the request headers are larger than " + settings.maxHeaders() + " bytes";
        }
        return "malformed HTTP request: " + cause.getMessage();
    }
}
