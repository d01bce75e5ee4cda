package charfinder.http;

import charfinder.details.Details;
import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.ServerMetrics;
import charfinder.net.Listener;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web finder: the page, the JSON API and the stream, listening on one port.
 *
 * <p>It runs on an event loop group it is given and does not own, so that the TCP and the
 * HTTP server of one process share their threads; {@link #close()} stops listening and closes
 * this server's connections, and leaves the group to its owner.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Listener listener;

    private HttpServer(Listener listener) {
        this.listener = listener;
    }

    /** A server with the default limits, counting into metrics of its own. */
    public static HttpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index)
            throws IOException {
        return start(group, host, port, index, HttpSettings.defaults());
    }

    /** A server counting into metrics of its own. */
    public static HttpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index,
                                   HttpSettings settings) throws IOException {
        return start(group, host, port, index, settings, new ServerMetrics());
    }

    /**
     * Listens on {@code host:port} (port 0: any free port), serves {@code index}, counts its
     * requests and connections into {@code metrics} and serves them on {@code /metrics}.
     *
     * @throws IOException {@code cannot listen on HOST:PORT: REASON}, such as a port in use
     */
    public static HttpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index,
                                   HttpSettings settings, ServerMetrics metrics) throws IOException {
        Routes routes = Routes.of(index, metrics);
        // ICU4J and jsoup load their data on first use, tens of milliseconds: not on a request.
        Details.warm(index);
        Listener listener = Listener.bind(group, host, port, "HTTP", settings.maxConnections(),
            new HttpServerInitializer(routes, settings), bootstrap -> bootstrap
                .childOption(ChannelOption.RCVBUF_ALLOCATOR,
                    new AdaptiveRecvByteBufAllocator(64, 1024, settings.maxReadBytes())));
        metrics.httpConnections(() -> listener.connections().size());
        return new HttpServer(listener);
    }

    /** The port it listens on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return listener.address().getPort();
    }

    /** The open connections; tests look at them to see what a slow client holds. */
    ChannelGroup connections() {
        return listener.connections();
    }

    /** Stops listening, then closes every connection, streams included, and waits for both. */
    @Override
    public void close() {
        listener.stopAccepting();
        int open = listener.connections().size();
        listener.connections().close().awaitUninterruptibly();
        if (open > 0) {
            LOG.info("HTTP server on port {} closed {} connections", port(), open);
        }
    }
}
