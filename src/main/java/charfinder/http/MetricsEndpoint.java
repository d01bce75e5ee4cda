package charfinder.http;

import charfinder.metrics.ServerMetrics;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.util.AsciiString;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: every meter in the Prometheus text format, for a Prometheus server to
 * scrape. Writing the text takes about half a millisecond (see the README): long for an event loop
 * that serves every other connection, and a client asking in a loop would have it to itself. So
 * the text is made on a thread of its own, one scrape at a time, and the reply waits its turn as
 * a {@link DeferredReply}.
 */
final class MetricsEndpoint implements Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);
    private static final AsciiString CONTENT_TYPE = AsciiString.cached(ServerMetrics.CONTENT_TYPE);

    private final ServerMetrics metrics;
    /** One thread, there only while there are scrapes to make. */
    private final ExecutorService scraper = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "metrics-scrape");
            thread.setDaemon(true);
            return thread;
        });

    MetricsEndpoint(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void respond(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri) {
        DeferredReply reply = new DeferredReply();
        ChunkedWriteHandler writer = ChunkedWriters.of(ctx);
        ctx.writeAndFlush(reply);
        scraper.execute(() -> {
            byte[] text = scrape();
            try {
                ctx.executor().execute(() -> {
                    reply.complete(text == null
                        ? Replies.errorResponse(ctx, request, HttpResponseStatus.INTERNAL_SERVER_ERROR,
                            "the metrics could not be written")
                        : response(request, text));
                    writer.resumeTransfer();
                });
            } catch (RejectedExecutionException e) {
                // The event loop is shutting down, and the connection with it.
            }
        });
    }

    /** The text, or {@code null} when a meter failed (logged). */
    private byte[] scrape() {
        try {
            return metrics.scrape();
        } catch (RuntimeException e) {
            LOG.error("Failed to write the metrics", e);
            return null;
        }
    }

    private static FullHttpResponse response(HttpRequest request, byte[] text) {
        FullHttpResponse response = Replies.full(request, HttpResponseStatus.OK, CONTENT_TYPE,
            Unpooled.wrappedBuffer(text));
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        return response;
    }
}
