package charfinder.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.distribution.pause.NoPauseDetector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The meters of a server process, under their names, in one registry that {@link #scrape} writes
 * in the Prometheus text format. {@code serve} makes one and hands it to both servers, which ask
 * it for their meters once, when they start, and then only count.
 *
 * <p>Counting takes no lock: counters are adders, and a timer adds to adders, raises its max by
 * compare-and-set and increments one of its fixed buckets, an {@code AtomicLongArray}. (The
 * timers keep their max since the start: Micrometer's default max forgets after two minutes, and
 * takes a monitor each time its window turns.)
 */
public final class ServerMetrics {

    /** The Prometheus text format, version 0.0.4, which {@link #scrape} writes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** More than a scrape of serve takes, so that the buffer is not grown as it is written. */
    private static final int SCRAPE_BYTES = 32 * 1024;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public ServerMetrics() {
        // Micrometer's default pause detection runs a thread and adds work to every timing.
        registry.config().pauseDetector(new NoPauseDetector());
    }

    /** Adds the JVM's memory, collections, threads, classes, the CPU and uptime, as the library measures them. */
    public void includeJvm() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        // Listens to the collector's notifications for as long as the process runs.
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The requests of one endpoint of the web server ({@code /api/search}, {@code static}, {@code other}). */
    public RouteMeters httpEndpoint(String endpoint) {
        return new RouteMeters(registry, endpoint);
    }

    /** Reads {@code open} at each scrape: the web server's open connections. */
    public void httpConnections(IntSupplier open) {
        gauge("charfinder.http.connections", "Open HTTP connections", open);
    }

    /** Reads {@code open} at each scrape: the telnet server's open sessions. */
    public void telnetSessions(IntSupplier open) {
        gauge("charfinder.telnet.sessions", "Open telnet sessions", open);
    }

    /** Sessions closed for {@code reason}, one of a fixed set of words. */
    public Counter telnetSessionsClosed(String reason) {
        return Counter.builder("charfinder.telnet.sessions.closed")
            .description("Telnet sessions closed, by reason")
            .tag("reason", reason)
            .register(registry);
    }

    public Counter telnetQueries() {
        return Counter.builder("charfinder.telnet.queries")
            .description("Telnet queries answered, with rows or with an error line")
            .register(registry);
    }

    public Counter telnetSentBytes() {
        return Counter.builder("charfinder.telnet.sent")
            .description("Bytes written to telnet sessions")
            .baseUnit("bytes")
            .register(registry);
    }

    /** Reads {@code total} at each scrape: the log lines dropped since the start, however reported. */
    public void droppedLogLines(LongSupplier total) {
        FunctionCounter.builder("charfinder.log.dropped", total, LongSupplier::getAsLong)
            .description("Log lines dropped because the log output could not keep up")
            .baseUnit("lines")
            .register(registry);
    }

    /** How many event loops the two servers share. */
    public void eventLoops(int loops) {
        Gauge.builder("charfinder.event.loops", () -> loops)
            .description("Event loops shared by the telnet and web servers").register(registry);
    }

    /**
     * The index the servers answer from: how long it took to have it ({@code source} {@code cache}
     * or {@code build}), its size, and the versions of its data as the labels of an info series.
     */
    public void index(double loadSeconds, String source, int items, int characters, int words,
                      Map<String, String> versions) {
        Gauge.builder("charfinder.index.load", () -> loadSeconds)
            .description("Time taken to load the index (or build it) before serving")
            .baseUnit("seconds")
            .tag("source", source)
            .register(registry);
        Gauge.builder("charfinder.index.items", () -> items)
            .description("Items of the index: code points and emoji sequences").register(registry);
        Gauge.builder("charfinder.index.characters", () -> characters)
            .description("Named characters of the index").register(registry);
        Gauge.builder("charfinder.index.words", () -> words)
            .description("Distinct words of the index, every field and language").register(registry);
        List<String> tags = new ArrayList<>();
        versions.forEach((name, value) -> {
            tags.add(name);
            tags.add(value);
        });
        // A name ending in ".info" is written as a Prometheus info series: value 1, the versions as labels.
        Gauge.builder("charfinder.data.info", () -> 1)
            .description("Versions of the program, its data and the JDK")
            .tags(tags.toArray(String[]::new))
            .register(registry);
    }

    /** Every meter in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SCRAPE_BYTES);
        try {
            registry.scrape(out, CONTENT_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array took no more bytes", e);
        }
        return out.toByteArray();
    }

    private void gauge(String name, String description, IntSupplier value) {
        Gauge.builder(name, value, IntSupplier::getAsInt)
            .description(description)
            // Held here: Micrometer holds a gauge's object weakly by default, and nothing else holds this one.
            .strongReference(true)
            .register(registry);
    }
}
