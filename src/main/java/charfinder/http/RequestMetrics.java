package charfinder.http;

import charfinder.metrics.RouteMeters;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/**
 * Counts each request of a connection, by endpoint and status, and times it from its reading to
 * its reply's end written out. The router says which endpoint a request went to
 * ({@link #routed}); a request it did not route (a 404, or one the guard refused) counts as
 * {@code other}. One instance per connection, next to the access log: it sees the requests as
 * decoded and the replies as sent.
 */
final class RequestMetrics extends ChannelDuplexHandler implements ChannelFutureListener {

    /** A request read, and then its reply. */
    private static final class Request {
        final long startNanos;
        RouteMeters endpoint;
        /** The reply's status, 0 until its head is written. */
        int status;

        Request(long startNanos, RouteMeters endpoint) {
            this.startNanos = startNanos;
            this.endpoint = endpoint;
        }
    }

    private final RouteMeters unrouted;
    /** Requests whose replies are not yet all written, oldest first (clients may pipeline). */
    private final ArrayDeque<Request> requests = new ArrayDeque<>(2);
    /** Replies whose end is written and not yet out: their writes complete in this order. */
    private final ArrayDeque<Request> ending = new ArrayDeque<>(2);

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
            if (msg instanceof LastHttpContent && request.status != 0) {
                ending.add(requests.poll());
                promise = promise.unvoid().addListener(this);
            }
        }
        ctx.write(msg, promise);
    }

    /** The end of the oldest reply in {@link #ending} is written out, or failed to be. */
    @Override
    public void operationComplete(ChannelFuture future) {
        Request request = ending.poll();
        if (request != null) {
            end(request);
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
        request.endpoint.replyEnded(request.status, System.nanoTime() - request.startNanos);
    }
}
