package charfinder.bench;

import charfinder.http.HttpServer;
import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Path;

/**
 * The web finder alone, for benchmarks: {@code HttpBenchServer PORT CACHE_DIR}. Runs until
 * killed, on one event loop group as {@code serve} does, of Netty's default size (two loops a
 * core) unless {@code -Dloops=N} says otherwise; {@code serve} runs one loop a core.
 */
public final class HttpBenchServer {

    private HttpBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        UnicodeNameIndex index = new IndexCache(Path.of(args[1])).loadOrBuild(true).index();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(Integer.getInteger("loops", 0),
            NioIoHandler.newFactory());
        HttpServer server = HttpServer.start(group, "127.0.0.1", port, index);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            group.shutdownGracefully().syncUninterruptibly();
        }));
        Thread.currentThread().join();
    }
}
