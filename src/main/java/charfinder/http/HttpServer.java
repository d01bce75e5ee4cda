package charfinder.http;

import charfinder.details.Details;
import charfinder.index.UnicodeNameIndex;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
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

    /**
     * How much a connection may hold in unsent output before the stream stops producing; a
     * client that does not read costs at most this plus one chunk.
     */
    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

    private final Channel listener;
    private final ChannelGroup connections;

    private HttpServer(Channel listener, ChannelGroup connections) {
        this.listener = listener;
        this.connections = connections;
    }

    /**
     * Listens on {@code host:port} (port 0: any free port) and serves {@code index}.
     *
     * @throws IOException when the address cannot be bound, such as a port in use
     */
    public static HttpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index)
            throws IOException {
        ChannelGroup connections = new DefaultChannelGroup("http-connections", GlobalEventExecutor.INSTANCE);
        Routes routes = Routes.of(index);
        // ICU4J and jsoup load their data on first use, tens of milliseconds: not on a request.
        Details.warm(index);
        ServerBootstrap bootstrap = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .handler(new OpenConnections(connections))
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
            .childHandler(new HttpServerInitializer(routes));
        ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            throw new IOException("cannot listen for HTTP on " + host + ":" + port + ": " + cause.getMessage(), cause);
        }
        HttpServer server = new HttpServer(bound.channel(), connections);
        LOG.info("HTTP server listening on http://{}:{}/", host, server.port());
        return server;
    }

    /** The port it listens on: the one asked for, or the one chosen for port 0. */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The open connections; tests look at them to see what a slow client holds. */
    ChannelGroup connections() {
        return connections;
    }

    /** Stops listening, then closes every connection, streams included, and waits for both. */
    @Override
    public void close() {
        listener.close().awaitUninterruptibly();
        connections.close().awaitUninterruptibly();
        LOG.info("HTTP server on port {} closed", port());
    }
}
