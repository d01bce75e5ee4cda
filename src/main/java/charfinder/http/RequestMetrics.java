package charfinder.http;

import charfinder.metrics.RouteMeters;
import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/**
 * Counts each request of a connection, by endpoint and status, times it from its reading to its
 * reply's end written to the connection, and counts the bytes of the reply's body. The router
 * says which endpoint a request went to ({@link #routed}); a request it did not route (a 404, or
 * one the guard refused) counts as {@code other}. One instance per connection, next to the access
 * log: it sees the requests as decoded and the replies as sent.
 *
 * <p>The end counts when it is written, not when the socket has taken it: waiting for that takes
 * a listener on every reply (a third on its promise), which a profile under wrk put at 3% of the
 * server's time. The two differ by what the connection still holds of the reply when its end is
 * written: of a stream, about its high water mark at most; of a whole reply, what the socket has
 * not taken yet.
 */
final class RequestMetrics extends ChannelDuplexHandler {

    /** A request read, and then its reply. */
    private static final class Request {
        final long startNanos;
        RouteMeters endpoint;
        /** The reply's status, 0 until its head is written. */
        int status;
        /** The reply's body so far, as sent: after the compressor, which sits after this handler. */
        long bytes;

        Request(long startNanos, RouteMeters endpoint) {
            this.startNanos = startNanos;
            this.endpoint = endpoint;
        }
    }

    private final RouteMeters unrouted;
    /** Requests whose replies are not yet all written, oldest first (clients may pipeline). */
    private final ArrayDeque<Request> requests = new ArrayDeque<>(2);

    RequestMetrics(RouteMeters unrouted) {
        this.unrouted = unrouted;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest) {
            requests.add(new Request(System.nanoTime(), unrouted));
        }
        ctx.fireChannelRead(msg);
    }

    /**
     * The request being routed goes to {@code endpoint}. The handlers between this one and the
     * router pass each request on as it comes, so that request is the one read last.
     */
    void routed(RouteMeters endpoint) {
        Request request = requests.peekLast();
        if (request != null) {
            request.endpoint = endpoint;
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        Request request = requests.peek();
        if (request != null) {
            if (msg instanceof HttpResponse response) {
                request.status = response.status().code();
                request.endpoint.replyStarted();
            }
            if (msg instanceof ByteBufHolder content) {
                request.bytes += content.content().readableBytes();
            }
        }
        // Taken off first: should the connection close as this is written, its end would not count it again.
        Request ended = request != null && request.status != 0 && msg instanceof LastHttpContent ? requests.poll() : null;
        ctx.write(msg, promise);
        if (ended != null) {
            end(ended);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // A reply begun and cut short counts, with its status; a request never answered does not.
        for (Request request : requests) {
            if (request.status != 0) {
                end(request);
            }
        }
        requests.clear();
        ctx.fireChannelInactive();
    }

    private static void end(Request request) {
        request.endpoint.replyEnded(request.status, System.nanoTime() - request.startNanos, request.bytes);
    }
}
