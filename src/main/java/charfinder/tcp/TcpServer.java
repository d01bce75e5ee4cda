package charfinder.tcp;

import charfinder.index.UnicodeNameIndex;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
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
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line-based query service (telnet, nc) on an event loop group that the caller owns and
 * shuts down, so that one group can serve several servers.
 */
public final class TcpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TcpServer.class);

    /** A client that does not read stops the writing of its answer once this much waits. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

    private final Channel serverChannel;
    private final InetSocketAddress address;
    private final ChannelGroup sessions;

    private TcpServer(Channel serverChannel, ChannelGroup sessions) {
        this.serverChannel = serverChannel;
        this.address = (InetSocketAddress) serverChannel.localAddress();
        this.sessions = sessions;
    }

    /**
     * Binds the server; port 0 picks a free port (see {@link #address()}).
     *
     * @throws IOException when the address cannot be bound, such as a port already in use
     */
    public static TcpServer start(EventLoopGroup group, String host, int port, UnicodeNameIndex index,
                                  TcpSettings settings) throws IOException {
        ChannelGroup sessions = new DefaultChannelGroup("tcp-sessions", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            // A client that closes its side still gets the answers to what it sent.
            .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
            .childHandler(new TcpServerInitializer(index, settings, sessions));
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("unknown host " + host);
        }
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            throw cause instanceof IOException ? (IOException) cause : new IOException(cause.toString(), cause);
        }
        return new TcpServer(bound.channel(), sessions);
    }

    public InetSocketAddress address() {
        return address;
    }

    /** Completes when the server stops accepting connections. */
    public ChannelFuture closeFuture() {
        return serverChannel.closeFuture();
    }

    /** Stops accepting, says goodbye to every session and closes it. */
    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        int open = sessions.size();
        for (Channel session : sessions) {
            session.writeAndFlush(ByteBufUtil.writeUtf8(session.alloc(), "\r\nServer shutting down; goodbye.\r\n"));
            SessionEnd.close(session, "server shutting down");
        }
        if (!sessions.newCloseFuture().awaitUninterruptibly(5, TimeUnit.SECONDS)) {
            LOG.warn("{} telnet sessions were still closing at shutdown", sessions.size());
        }
        LOG.info("Telnet server on {} stopped; closed {} sessions", address(), open);
    }
}
