package charfinder.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The meters of one endpoint of the web server: its requests by status, their durations, the
 * bytes of their replies, and the replies begun and not yet ended. The endpoint is one of a fixed set of names, never a
 * path a client sent, so clients cannot create series. Each status's counter is looked up once
 * and then kept, so a request is counted without a lookup, a tag or an allocation.
 */
public final class RouteMeters {

    /** The request durations' buckets: a remembered page takes tens of microseconds, a whole stream seconds. */
    private static final Duration[] BUCKETS = {
        Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofNanos(2_500_000), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)};
    /** HTTP statuses are three digits (RFC 9110, section 15). */
    private static final int STATUSES = 1000;

    private final MeterRegistry registry;
    private final String endpoint;
    private final Timer duration;
    private final Counter sentBytes;
    private final LongAdder replying = new LongAdder();
    private final AtomicReferenceArray<Counter> byStatus = new AtomicReferenceArray<>(STATUSES);

    RouteMeters(MeterRegistry registry, String endpoint) {
        this.registry = registry;
        this.endpoint = endpoint;
        this.duration = Timer.builder("charfinder.http.request.duration")
            .description("Time from a request read to the end of its reply written, by endpoint")
            .tag("endpoint", endpoint)
            .serviceLevelObjectives(BUCKETS)
            // A max kept since the start: a max that forgets takes a monitor when its window turns.
            .distributionStatisticExpiry(Duration.ofDays(3650))
            .distributionStatisticBufferLength(1)
            .register(registry);
        this.sentBytes = Counter.builder("charfinder.http.sent")
            .description("Bytes of the replies' bodies as sent, after compression, by endpoint")
            .baseUnit("bytes")
            .tag("endpoint", endpoint)
            .register(registry);
        Gauge.builder("charfinder.http.replies.in.flight", replying, LongAdder::sum)
            .description("Replies begun and not yet ended, by endpoint: for /api/stream, the streams in flight")
            .tag("endpoint", endpoint)
            .register(registry);
    }

    /** A reply's head is being written. */
    public void replyStarted() {
        replying.increment();
    }

    /**
     * A reply begun with {@link #replyStarted()} has its end written, or is cut short by the
     * connection's end, {@code nanos} after its request was read, with {@code bytes} of body.
     */
    public void replyEnded(int status, long nanos, long bytes) {
        replying.decrement();
        requests(status).increment();
        duration.record(nanos, TimeUnit.NANOSECONDS);
        sentBytes.increment(bytes);
    }

    private Counter requests(int status) {
        int slot = Math.min(status, STATUSES - 1);
        Counter counter = byStatus.get(slot);
        if (counter == null) {
            // Two event loops may both get here: the registry gives them the same counter.
            counter = Counter.builder("charfinder.http.requests")
                .description("HTTP requests answered, by endpoint and status")
                .tag("endpoint", endpoint)
                .tag("status", Integer.toString(slot))
                .register(registry);
            byStatus.set(slot, counter);
        }
        return counter;
    }
}
