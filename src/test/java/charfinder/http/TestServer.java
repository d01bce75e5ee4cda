package charfinder.http;

import charfinder.index.TestIndex;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** A real server on a free port of 127.0.0.1, on its own event loops, for one test class. */
final class TestServer implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    final HttpServer server;

    TestServer() throws IOException {
        this(HttpSettings.defaults());
    }

    TestServer(HttpSettings settings) throws IOException {
        server = HttpServer.start(group, "127.0.0.1", 0, TestIndex.get(), settings);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
