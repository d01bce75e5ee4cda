package charfinder.tcp;

import charfinder.index.TestIndex;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** A real telnet server on a free port of 127.0.0.1, on an event loop of its own, for one test class. */
final class TestTcpServer implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final TcpServer server;

    TestTcpServer() throws IOException {
        try {
            server = TcpServer.start(group, "127.0.0.1", 0, TestIndex.get(), TcpSettings.defaults());
        } catch (IOException | RuntimeException e) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            throw e;
        }
    }

    InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
