package charfinder.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes access-log lines on a thread of its own. The log writes and flushes a line at a time
 * under a lock; done on the event loops, that cost a third of the requests per second. A log
 * that cannot keep up loses lines, and says how many, rather than slow the server down.
 */
final class AccessLogWriter {

    static final Logger LOG = LoggerFactory.getLogger("charfinder.http.access");
    private static final int MAX_WAITING = 1 << 16;
    private static final AccessLogWriter INSTANCE = new AccessLogWriter();

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(MAX_WAITING);
    private final AtomicLong dropped = new AtomicLong();

    private AccessLogWriter() {
        Thread writer = new Thread(this::writeForever, "http-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a line; never blocks. */
    static void add(String line) {
        if (!INSTANCE.lines.offer(line)) {
            INSTANCE.dropped.incrementAndGet();
        }
    }

    private void writeForever() {
        try {
            while (true) {
                String line = lines.take();
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    LOG.warn("{} access log lines were dropped: the log could not keep up", lost);
                }
                LOG.info(line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
