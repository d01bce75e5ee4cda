package charfinder.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.AsciiString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the endpoint of its path, or answers 404 or 405 itself, and tells the
 * connection's {@link RequestMetrics} which endpoint that was.
 */
final class HttpRouter extends SimpleChannelInboundHandler<HttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);
    private static final AsciiString GET_HEAD = AsciiString.cached("GET, HEAD");
    private static final int MAX_PARAMETERS = 16;

    private final Routes routes;
    private final RequestMetrics metrics;

    HttpRouter(Routes routes, RequestMetrics metrics) {
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpRequest request) {
        QueryStringDecoder uri;
        String path;
        try {
            // ';' is an ordinary character of a query here; only '&' separates parameters.
            uri = QueryStringDecoder.builder().charset(StandardCharsets.UTF_8).maxParams(MAX_PARAMETERS)
                .semicolonIsNormalChar(true).build(utf8(request.uri()));
            path = uri.path();
            // Decoded here, so that a bad escape in the query is a 400 now and not a failure later.
            uri.parameters();
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, request, HttpResponseStatus.BAD_REQUEST, "malformed URL: " + e.getMessage());
            return;
        }
        Routes.Route route = routes.find(path);
        if (route == null) {
            Replies.error(ctx, request, HttpResponseStatus.NOT_FOUND, "no such page: " + path);
            return;
        }
        metrics.routed(route.meters());
        if (!HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method())) {
            FullHttpResponse response = Replies.errorResponse(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED,
                request.method() + " is not allowed here; use GET or HEAD");
            response.headers().set(HttpHeaderNames.ALLOW, GET_HEAD);
            Replies.send(ctx, response);
            return;
        }
        try {
            route.endpoint().respond(ctx, request, uri);
        } catch (HttpError e) {
            Replies.error(ctx, request, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} {}", request.method(), request.uri(), e);
            Replies.error(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR, "the server failed to answer");
        }
    }

    /**
     * The URI with raw bytes read as UTF-8: the codec hands them over as ISO-8859-1, and
     * {@code curl 'localhost:8888/api/search?query=☃'} sends them so, unescaped.
     */
    static String utf8(String uri) {
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) > 0x7F) {
                return new String(uri.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return uri;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            // The client went away mid-reply: its business, not an error of ours.
            LOG.debug("Connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            LOG.warn("Closing connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        }
        ctx.close();
    }
}
