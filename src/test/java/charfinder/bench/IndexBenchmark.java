package charfinder.bench;

import charfinder.index.Answer;
import charfinder.index.IndexCache;
import charfinder.index.QueryException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building, loading and querying the index. Run with bench/jmh.sh (see bench/README.md). */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndexBenchmark {

    private UnicodeNameIndex index;

    @Param({"sun", "chess black", "cat face", "letter", "cjk", "happy", "고양이", "kni*", "chess kni*", "heart -black",
        "kngiht"})
    public String query;

    /** The index as a server has it: mapped from its cache file, every block checked. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("charfinder-bench");
        index = new IndexCache(dir).loadOrBuild(true).index();
    }

    /** Latency percentiles of a query: median and p99 (the suggestions for {@code kngiht} included). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int querySample() throws QueryException {
        return index.search(query).total();
    }

    /** The total count of a query's answer: what a status line needs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int queryCount() throws QueryException {
        return index.search(query).total();
    }

    /** The count plus the first page of 50 code points: what a browser's first request needs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int queryFirstPage() throws QueryException {
        Answer answer = index.search(query);
        int sum = answer.total();
        for (int i = 0, n = Math.min(50, answer.total()); i < n; i++) {
            sum += answer.item(i).first();
        }
        return sum;
    }

    /** Every name of the whole answer: what streaming all of it costs in name lookups. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int queryAllNames() throws QueryException {
        Answer answer = index.search(query);
        int sum = 0;
        for (int i = 0; i < answer.total(); i++) {
            sum += index.name(answer.item(i).first()).length();
        }
        return sum;
    }
}
