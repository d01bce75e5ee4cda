package charfinder.bench;

import charfinder.index.IndexCache;
import charfinder.index.UnicodeNameIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the index from the JDK's character data against loading it from the cache file.
 * Both are measured warm ({@code build}, {@code load}) and as the first call in a fresh JVM
 * ({@code *Cold}, single shot, one fork each), since a command-line lookup loads exactly once.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexLoadBenchmark {

    private Path dir;
    private IndexCache cache;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("charfinder-bench");
        cache = new IndexCache(dir);
        cache.write(UnicodeNameIndex.build());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(cache.file());
        Files.deleteIfExists(dir);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public UnicodeNameIndex build() {
        return UnicodeNameIndex.build();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public UnicodeNameIndex load() throws Exception {
        return cache.read();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public UnicodeNameIndex buildCold() {
        return UnicodeNameIndex.build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public UnicodeNameIndex loadCold() throws Exception {
        return cache.read();
    }
}
