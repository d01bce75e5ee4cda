package charfinder.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
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
import java.util.function.Consumer;

/**
 * A listening socket and the connections it accepted, the same for the telnet and the web
 * server: one event loop group that the caller owns, the same water marks and read size, a cap on
 * open connections, and accept failures (out of file descriptors) logged in one line per interval.
 */
public final class Listener {

    /**
     * A client that does not read stops the writing of its answer once this much waits; it then
     * costs at most this plus one chunk.
     */
    public static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

    private final Channel channel;
    private final ChannelGroup connections;
    private final InetSocketAddress address;

    private Listener(Channel channel, ChannelGroup connections) {
        this.channel = channel;
        this.connections = connections;
        this.address = (InetSocketAddress) channel.localAddress();
    }

    /**
     * Listens on {@code host:port} (port 0: any free port).
     *
     * @param name what the connections are, for the log ("telnet", "HTTP")
     * @param maxConnections connections beyond this many are closed as soon as they are accepted
     * @param childOptions options of the accepted connections beyond the common ones
     * @throws IOException {@code cannot listen on HOST:PORT: REASON}, such as a port in use
     */
    public static Listener bind(EventLoopGroup group, String host, int port, String name, int maxConnections,
                                ChannelHandler initializer, Consumer<ServerBootstrap> childOptions) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("unknown host " + host);
        }
        ChannelGroup connections = new DefaultChannelGroup(name + "-connections", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .handler(new Acceptor(name, connections, maxConnections))
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
            .childHandler(initializer);
        childOptions.accept(bootstrap);
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + cause.getMessage(), cause);
        }
        return new Listener(bound.channel(), connections);
    }

    public InetSocketAddress address() {
        return address;
    }

    /** The open connections. */
    public ChannelGroup connections() {
        return connections;
    }

    /** Completes when the listener stops accepting connections. */
    public ChannelFuture closeFuture() {
        return channel.closeFuture();
    }

    /** Stops accepting; the open connections are the caller's to close. */
    public void stopAccepting() {
        channel.close().awaitUninterruptibly();
    }
}
