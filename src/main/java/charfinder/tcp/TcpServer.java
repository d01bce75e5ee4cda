package charfinder.tcp;

import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.ServerMetrics;
import charfinder.net.Listener;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line-based query service (telnet, nc) on an event loop group that the caller owns and
 * shuts down, so that one group can serve several servers.
 */
public final class TcpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpServer.class);

    private final Listener listener;

    private TcpServer(Listener listener) {
        this.listener = listener;
    }

    /** A server counting into metrics of its own. */
    public static TcpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index,
                                  TcpSettings settings) throws IOException {
        return start(group, host, port, index, settings, new ServerMetrics());
    }

    /**
     * Binds the server, counting its sessions, queries and bytes into {@code metrics}; port 0
     * picks a free port (see {@link #address()}).
     *
     * @throws IOException {@code cannot listen on HOST:PORT: REASON} when the address cannot be
     *     bound, such as a port already in use
     */
    public static TcpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index,
                                  TcpSettings settings, ServerMetrics metrics) throws IOException {
        Listener listener = Listener.bind(group, host, port, "telnet", settings.maxSessions(),
            new TcpServerInitializer(index, settings, metrics), bootstrap -> bootstrap
                // Sessions are read when the query handler asks for a line, not whenever bytes come.
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR,
                    new AdaptiveRecvByteBufAllocator(64, 1024, settings.maxReadBytes()))
                // A client that closes its side still gets the answers to what it sent.
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true));
        metrics.telnetSessions(() -> listener.connections().size());
        return new TcpServer(listener);
    }

    public InetSocketAddress address() {
        return listener.address();
    }

    /** Completes when the server stops accepting connections. */
    public ChannelFuture closeFuture() {
        return listener.closeFuture();
    }

    /** The open sessions. */
    int sessions() {
        return listener.connections().size();
    }

    /** Stops accepting, says goodbye to every session and closes it. */
    @Override
    public void close() {
        listener.stopAccepting();
        int open = listener.connections().size();
        for (Channel session : listener.connections()) {
            session.writeAndFlush(ByteBufUtil.writeUtf8(session.alloc(), "\r\nServer shutting down; goodbye.\r\n"));
            SessionEnd.close(session, "server shutting down");
        }
        if (!listener.connections().newCloseFuture().awaitUninterruptibly(5, TimeUnit.SECONDS)) {
            LOG.warn("{} telnet sessions were still closing at shutdown", listener.connections().size());
        }
        if (open > 0) {
            LOG.info("Telnet server on {} stopped; closed {} sessions", address(), open);
        }
    }
}
