package charfinder.cli;

import charfinder.http.HttpServer;
import charfinder.http.HttpSettings;
import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import charfinder.log.NonBlockingAppender;
import charfinder.metrics.ServerMetrics;
import charfinder.tcp.TcpServer;
import charfinder.tcp.TcpSettings;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code charfinder serve}: the telnet and the web server over one index, until Ctrl-C or SIGTERM. */
final class Serve {

    static final int CANNOT_LISTEN = 1;
    /** Netty's own property for the number of event loops, which {@code serve} honours too. */
    static final String EVENT_LOOPS_PROPERTY = "io.netty.eventLoopThreads";

    private final CliArguments cli;
    private final PrintStream out;
    private final PrintStream err;

    Serve(CliArguments cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run() throws InterruptedException {
        Logging.configure("info");
        Logger log = LoggerFactory.getLogger(Serve.class);
        // Loaded here, on the main thread: reading or rebuilding the cache never blocks an event loop.
        IndexCache cache = new IndexCache(Main.cacheDir(cli));
        String problem = cache.problem();
        long t0 = System.nanoTime();
        boolean builtApart = problem != null && BuildInChildProcess.run(Main.cacheDir(cli));
        IndexCache.Loaded loaded = cache.loadOrBuild(true);
        if (builtApart && loaded.fromCache()) {
            loaded = new IndexCache.Loaded(loaded.index(), false, "built in " + (System.nanoTime() - t0) / 1_000_000
                + " ms by a separate process (cache was " + problem + ")");
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        UnicodeNameIndex index = loaded.index();
        int characters = index.characterCount();
        ServerMetrics metrics = new ServerMetrics();
        metrics.includeJvm();
        metrics.droppedLogLines(NonBlockingAppender::droppedSinceStart);
        metrics.index(loadSeconds, loaded.fromCache() ? "cache" : "build", index.itemCount(), characters,
            index.wordCount(), Versions.ofServer(index));
        TcpSettings tcpSettings = TcpSettings.defaults().withIdleTimeout(Duration.ofSeconds(cli.tcpIdleSeconds));

        // One event loop per core for both servers, where Netty's default is two: the work never
        // blocks, and a loop that streams a huge answer gives way to the others every few chunks,
        // which only works when the loops are not also preempting one another. Beside four
        // sessions pulling `cjk`, a `cat face` session's p99 was 2.7-3.6 ms with one loop a
        // core and 6.0-7.9 ms with two; two gave wrk, on the same cores, 24-30% more web
        // requests a second (bench/serve-loops.sh). Operators who would rather have that set
        // Netty's own property.
        int loops = Math.max(1, Integer.getInteger(EVENT_LOOPS_PROPERTY, Runtime.getRuntime().availableProcessors()));
        metrics.eventLoops(loops);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(loops, NioIoHandler.newFactory());
        TcpServer telnet;
        try {
            telnet = TcpServer.start(group, cli.host, cli.tcpPort, index, tcpSettings, metrics);
        } catch (IOException e) {
            return cannotListen(e.getMessage(), group);
        }
        HttpServer http;
        try {
            http = HttpServer.start(group, cli.host, cli.httpPort, index, HttpSettings.defaults(), metrics);
        } catch (IOException e) {
            telnet.close();
            return cannotListen(e.getMessage(), group);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down");
            http.close();
            telnet.close();
            group.shutdownGracefully(100, 5000, TimeUnit.MILLISECONDS).syncUninterruptibly();
            log.info("Stopped");
            Logging.stop();
        }, "charfinder-shutdown"));

        out.printf("charfinder serves telnet on %s:%d and the web on http://%s:%d/ (Unicode %s, %,d characters; index %s)%n",
            telnet.address().getHostString(), telnet.address().getPort(), cli.host, http.port(),
            index.unicodeVersion(), characters, loaded.how());
        out.flush();
        telnet.closeFuture().sync();
        return 0;
    }

    private int cannotListen(String message, EventLoopGroup group) {
        err.println("charfinder: " + message);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        Logging.stop();
        return CANNOT_LISTEN;
    }
}
