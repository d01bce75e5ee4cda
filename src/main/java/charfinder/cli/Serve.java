package charfinder.cli;

import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import charfinder.tcp.TcpServer;
import charfinder.tcp.TcpSettings;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code charfinder serve}: the servers, over one index, until Ctrl-C or SIGTERM. */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true,
    description = "Serves queries over TCP (telnet or nc) until Ctrl-C or SIGTERM.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped by Ctrl-C or SIGTERM (a JVM stopped by SIGTERM reports 143)",
        "1:cannot listen on the address", "2:usage error"})
final class Serve implements Callable<Integer> {

    static final int CANNOT_LISTEN = 1;

    @ParentCommand
    Main main;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--tcp-port", paramLabel = "PORT",
        description = "TCP port of the telnet service; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int tcpPort = 2323;

    @Option(names = "--tcp-idle-timeout", paramLabel = "SECONDS",
        description = "Close a telnet session after this many seconds without input or output; fractions allowed (default: ${DEFAULT-VALUE}).")
    double tcpIdleSeconds = TcpSettings.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;

    Serve(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure("info");
        Logger log = LoggerFactory.getLogger(Serve.class);
        if (tcpPort < 0 || tcpPort > 65535) {
            err.println("charfinder: --tcp-port must be from 0 to 65535: " + tcpPort);
            return Main.USAGE;
        }
        if (!(tcpIdleSeconds > 0)) {
            err.println("charfinder: --tcp-idle-timeout must be more than 0 seconds");
            return Main.USAGE;
        }
        TcpSettings settings = TcpSettings.defaults()
            .withIdleTimeout(Duration.ofMillis(Math.round(tcpIdleSeconds * 1000)));
        // Loaded here, on the main thread: reading or rebuilding the cache never blocks an event loop.
        IndexCache.Loaded loaded = new IndexCache(main.cacheDir()).loadOrBuild();
        UnicodeNameIndex index = loaded.index();

        // One event loop per core, not Netty's default of two per core: the work never blocks, and extra loops
        // only compete for the cores and add scheduler delays to the latency.
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(
            Runtime.getRuntime().availableProcessors(), NioIoHandler.newFactory());
        TcpServer tcp;
        try {
            tcp = TcpServer.start(group, host, tcpPort, index, settings);
        } catch (IOException e) {
            err.println("charfinder: cannot listen on " + host + ":" + tcpPort + ": " + e.getMessage());
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            return CANNOT_LISTEN;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down");
            tcp.close();
            group.shutdownGracefully(100, 5000, TimeUnit.MILLISECONDS).syncUninterruptibly();
            log.info("Stopped");
        }, "charfinder-shutdown"));

        out.printf("charfinder serves telnet on %s:%d (Unicode %s, %,d characters; index %s)%n",
            tcp.address().getHostString(), tcp.address().getPort(), index.unicodeVersion(),
            index.characterCount(), loaded.how());
        out.flush();
        tcp.closeFuture().sync();
        return 0;
    }
}
