package charfinder.http;

import charfinder.bench.FixedBodyServer;
import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import charfinder.metrics.ServerMetrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keep-alive request through the whole pipeline of a connection, without a socket: the
 * finder's against the fixed-body server's ({@code FixedBodyServer}), so that what our handlers
 * cost shows apart from the system calls both pay. Run with bench/jmh.sh (see bench/README.md);
 * {@code -Dlogback.configurationFile=src/main/resources/logback.xml} (as a JVM argument, with
 * {@code -jvmArgsAppend}) turns the access log on as a server has it.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HttpPipelineBenchmark {

    private static final byte[] REQUEST = ("GET /api/search?query=cat+face HTTP/1.1\r\nHost: 127.0.0.1:8888\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);

    private EmbeddedChannel finder;
    private EmbeddedChannel fixed;

    @Setup
    public void setUp() throws Exception {
        Path cache = Files.isDirectory(Path.of("index-cache")) ? Path.of("index-cache")
            : Files.createTempDirectory("charfinder-bench");
        UnicodeNameIndex index = new IndexCache(cache).loadOrBuild(true).index();
        finder = new EmbeddedChannel(new HttpServerInitializer(Routes.of(index, new ServerMetrics()), HttpSettings.defaults()));
        int size = exchange(finder);
        fixed = new EmbeddedChannel();
        FixedBodyServer.addHandlers(fixed.pipeline(), Unpooled.unreleasableBuffer(
            Unpooled.directBuffer(size).writeZero(size)));
    }

    @Benchmark
    public int finder() {
        return exchange(finder);
    }

    @Benchmark
    public int fixedBody() {
        return exchange(fixed);
    }

    /** Sends the request and takes the reply's bytes; returns the body's size. */
    private static int exchange(EmbeddedChannel channel) {
        channel.writeInbound(Unpooled.wrappedBuffer(REQUEST));
        channel.runPendingTasks();
        int bytes = 0;
        for (Object out; (out = channel.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) out;
            bytes += buf.readableBytes();
            buf.release();
        }
        if (bytes == 0) {
            throw new IllegalStateException("no reply");
        }
        return bytes;
    }
}
