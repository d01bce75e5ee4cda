package charfinder.bench;

import charfinder.metrics.RouteMeters;
import charfinder.metrics.ServerMetrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What counting one web request costs an event loop: its reply begun and ended in one endpoint's
 * meters (in flight, the status's counter, the duration's histogram, the bytes), on one thread
 * and on two at once, as the two event loops of a 2-core machine would. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecordingBenchmark {

    private final RouteMeters search = new ServerMetrics().httpEndpoint("/api/search");

    @Benchmark
    public void oneThread() {
        search.replyStarted();
        search.replyEnded(200, 450_000, 865);
    }

    @Benchmark
    @Threads(2)
    public void twoThreads() {
        search.replyStarted();
        search.replyEnded(200, 450_000, 865);
    }
}
