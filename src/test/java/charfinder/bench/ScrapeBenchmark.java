package charfinder.bench;

import charfinder.http.HttpServer;
import charfinder.http.HttpSettings;
import charfinder.index.TestIndex;
import charfinder.index.UnicodeNameIndex;
import charfinder.log.NonBlockingAppender;
import charfinder.metrics.ServerMetrics;
import charfinder.tcp.TcpServer;
import charfinder.tcp.TcpSettings;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the text of {@code GET /metrics}: both servers' series as serve has them (each
 * endpoint answered with a few statuses), with and without the JVM's. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScrapeBenchmark {

    @Param({"true", "false"})
    public boolean jvm;

    private EventLoopGroup group;
    private TcpServer telnet;
    private HttpServer web;
    private ServerMetrics metrics;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        UnicodeNameIndex index = TestIndex.get();
        metrics = new ServerMetrics();
        if (jvm) {
            metrics.includeJvm();
        }
        metrics.droppedLogLines(NonBlockingAppender::droppedSinceStart);
        metrics.index(0.1, "cache", index.itemCount(), index.characterCount(), index.wordCount(),
            Map.of("version", "1.0.0", "unicode", index.unicodeVersion()));
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        telnet = TcpServer.start(group, "127.0.0.1", 0, index, TcpSettings.defaults(), metrics);
        web = HttpServer.start(group, "127.0.0.1", 0, index, HttpSettings.defaults(), metrics);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/", "/?query=cat", "/api/search?query=cat", "/api/search", "/api/stream?query=rook",
                "/api/health", "/api/char/U+1F600", "/api/char/U+110000", "/U+2657", "/U+ZZ", "/static/app.css",
                "/metrics", "/nowhere")) {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        web.close();
        telnet.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int scrape() {
        return metrics.scrape().length;
    }
}
